package id.satudata.perencanaan.daftardata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.Katalog;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.internal.DemoAkun;
import id.satudata.shared.security.SystemActor;

/**
 * The demo Daftar Data: the province's list (producers and the Walidata propose, the Walidata
 * submits, three more are proposed afterwards and stay drafts), and the national and Kota Pangkal
 * Pinang lists submitted for their forums.
 */
@Component
public class DemoDaftarData {

	private record Usul(String oleh, String unit, String judul, Frekuensi frekuensi, String topik, String dataset,
			boolean usulanPrioritas, Akses akses, String standar, String dasar, String deskripsi) {
	}

	/** The province's entries submitted to its Forum. */
	private static final List<Usul> DIAJUKAN = List.of(
			new Usul("produsen", "Disdukcapil", "Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin",
					Frekuensi.TAHUNAN, "kependudukan", "jumlah-penduduk-kabupaten-kota-jenis-kelamin-babel", true,
					Akses.TERBUKA, "Konsep Penduduk (BPS); Kode Wilayah Kemendagri", "Indikator RPJMD: jumlah dan "
							+ "laju pertumbuhan penduduk", "Data agregat kependudukan hasil pencatatan sipil per semester, "
									+ "disajikan tahunan per kabupaten/kota."),
			new Usul("walidata", "Biro Pemerintahan", "Luas Wilayah menurut Kabupaten/Kota", Frekuensi.TAHUNAN,
					"geografi", "luas-wilayah-kabupaten-kota-babel", false, Akses.TERBUKA, "Kode Wilayah Kemendagri",
					"Kepmendagri tentang Kode dan Data Wilayah Administrasi Pemerintahan", null),
			new Usul("produsen.dinkes", "Dinkes", "Jumlah Tenaga Kesehatan menurut Jenis dan Kabupaten/Kota",
					Frekuensi.TAHUNAN, "kesehatan", null, true, Akses.TERBUKA, "Klasifikasi jenis tenaga kesehatan "
							+ "(Kemenkes)", "Indikator SPM bidang kesehatan", null),
			new Usul("produsen.dinkes", "Dinkes", "Cakupan Imunisasi Dasar Lengkap pada Bayi menurut Kabupaten/Kota",
					Frekuensi.TRIWULANAN, "kesehatan", null, false, Akses.TERBUKA, "Definisi operasional IDL (Kemenkes)",
					"Indikator RPJMD urusan kesehatan", null),
			new Usul("produsen.dinkes", "Dinkes", "Jumlah Penduduk menurut Kelompok Umur dan Jenis Kelamin",
					Frekuensi.TAHUNAN, "kependudukan", null, false, Akses.TERBUKA, null,
					"Penyebut indikator kesehatan", null),
			new Usul("walidata", "Distan", "Luas Panen dan Produksi Padi menurut Kabupaten/Kota", Frekuensi.BULANAN,
					"pertanian", null, false, Akses.TERBUKA, "Metode Kerangka Sampel Area (BPS)",
					"Indikator RKPD: produksi padi", null),
			new Usul("walidata", "DKP", "Produksi Perikanan Tangkap menurut Kabupaten/Kota", Frekuensi.TAHUNAN,
					"kelautan-perikanan", null, false, Akses.TERBUKA, null, "Indikator RPJMD urusan kelautan dan perikanan", null),
			new Usul("walidata", "DLH", "Indeks Kualitas Lingkungan Hidup", Frekuensi.TAHUNAN, "lingkungan-hidup", null,
					true, Akses.TERBUKA, "Metode IKLH (KLHK)", "Indikator kinerja utama RPJMD", null),
			new Usul("walidata", "Disdik", "Jumlah Peserta Didik menurut Jenjang Pendidikan dan Kabupaten/Kota",
					Frekuensi.SEMESTERAN, "pendidikan", null, false, Akses.TERBUKA, "Dapodik (Kemendikdasmen)",
					"Indikator SPM bidang pendidikan", null),
			new Usul("walidata", "Disbudparpora", "Jumlah Kunjungan Wisatawan Nusantara dan Mancanegara",
					Frekuensi.BULANAN, "pariwisata", null, false, Akses.TERBUKA, null, "Indikator RPJMD urusan pariwisata",
					null));

	private final DaftarDataRepository daftarRepository;
	private final DaftarDataService daftar;
	private final Katalog katalog;
	private final SystemActor system;
	private final DemoAkun akun;

	DemoDaftarData(DaftarDataRepository daftarRepository, DaftarDataService daftar, Katalog katalog, SystemActor system,
			DemoAkun akun) {
		this.daftarRepository = daftarRepository;
		this.daftar = daftar;
		this.katalog = katalog;
		this.system = system;
		this.akun = akun;
	}

	/** Whether the organization's list of the year exists (the demo was seeded). */
	public boolean sudahAda(long organisasiId, int tahun) {
		return daftarRepository.findByOrganisasiIdAndTahun(organisasiId, tahun).isPresent();
	}

	/** The province's list; answers the ids of the submitted entries by title. */
	public Map<String, Long> provinsi(OrganisasiRef org, int tahun) {
		long orgId = org.id();
		DaftarData d = akun.runAs("walidata", () -> daftar.buka(orgId, tahun,
				"Disusun dari usulan Perangkat Daerah untuk dibahas dalam Forum Satu Data Indonesia Tingkat Provinsi."));
		Map<String, Long> e = new LinkedHashMap<>();
		for (Usul u : DIAJUKAN) {
			e.put(u.judul(), usulkan(d, orgId, u).getId());
		}
		akun.runAs("walidata", () -> daftar.ajukanDaftar(d.getId()));
		// proposed after the list went to the Forum: still drafts
		usulkan(d, orgId, new Usul("walidata", "Disdik", "Angka Partisipasi Murni menurut Jenjang Pendidikan",
				Frekuensi.TAHUNAN, "pendidikan", null, false, Akses.TERBUKA, null, "Indikator RPJMD urusan pendidikan", null));
		usulkan(d, orgId, new Usul("walidata", "Dinsos", "Jumlah Penerima Bantuan Sosial menurut Jenis Bantuan",
				Frekuensi.TRIWULANAN, "sosial", null, false, Akses.TERBATAS, null, "DTSEN (Data Tunggal Sosial Ekonomi Nasional)",
				"Rekapitulasi penerima per kabupaten/kota; data individu tidak disebarluaskan."));
		usulkan(d, orgId, new Usul("produsen", "Disdukcapil", "Jumlah Penduduk Wajib KTP Elektronik menurut Kabupaten/Kota",
				Frekuensi.SEMESTERAN, "kependudukan", null, false, Akses.TERBUKA, null, null, null));
		return e;
	}

	/** The national list, submitted (it waits for the national Forum, Bappenas, which has no demo account). */
	public void nasional(OrganisasiRef org, int tahun) {
		DaftarData d = akun.runAs("walidata.pusat", () -> daftar.buka(org.id(), tahun, null));
		usulkan(d, org.id(), new Usul("walidata.pusat", "Ditjen Dukcapil", "Jumlah Penduduk menurut Provinsi dan Jenis Kelamin",
				Frekuensi.SEMESTERAN, "kependudukan", "jumlah-penduduk-provinsi-jenis-kelamin", true, Akses.TERBUKA,
				"Kode Wilayah Kemendagri", "Data Prioritas nasional", null));
		// waits for the national Forum (Bappenas), which has no demo account
		akun.runAs("walidata.pusat", () -> daftar.ajukanDaftar(d.getId()));
	}

	/** Kota Pangkal Pinang's list, submitted (it waits for the city's Forum). */
	public void pangkalPinang(OrganisasiRef org, int tahun) {
		DaftarData d = akun.runAs("walidata.pangkalpinang", () -> daftar.buka(org.id(), tahun, null));
		usulkan(d, org.id(), new Usul("produsen.pangkalpinang", "Disdik", "Jumlah Peserta Didik menurut Jenjang Pendidikan "
				+ "dan Kecamatan", Frekuensi.SEMESTERAN, "pendidikan", null, false, Akses.TERBUKA, "Dapodik", null, null));
		usulkan(d, org.id(), new Usul("walidata.pangkalpinang", "Dinkes", "Jumlah Kasus Demam Berdarah Dengue menurut "
				+ "Kecamatan", Frekuensi.BULANAN, "kesehatan", null, false, Akses.TERBUKA, null, null, null));
		// waits for the city's Forum
		akun.runAs("walidata.pangkalpinang", () -> daftar.ajukanDaftar(d.getId()));
	}

	private Entri usulkan(DaftarData d, long orgId, Usul u) {
		EntriForm f = new EntriForm();
		f.setJudul(u.judul());
		f.setDeskripsi(u.deskripsi());
		f.setProdusenUnitId(akun.unit(orgId, JenisUnit.PRODUSEN_DATA, u.unit()));
		f.setJenisData(JenisData.STATISTIK);
		f.setFrekuensi(u.frekuensi());
		f.setTopik(u.topik());
		f.setAkses(u.akses());
		f.setUsulanPrioritas(u.usulanPrioritas());
		f.setStandarData(u.standar());
		f.setDasarHukum(u.dasar());
		if (u.dataset() != null) {
			system.run(() -> katalog.dataset(u.dataset())).map(DatasetDetail::ringkas).ifPresent(r -> f.setDatasetId(r.id()));
		}
		return akun.runAs(u.oleh(), () -> daftar.usulkan(d.getId(), f));
	}

}
