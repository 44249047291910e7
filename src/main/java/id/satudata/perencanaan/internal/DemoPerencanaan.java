package id.satudata.perencanaan.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.Katalog;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.security.SystemActor;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.perencanaan.daftardata.DaftarDataRepository;
import id.satudata.perencanaan.daftardata.DaftarDataService;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriForm;
import id.satudata.perencanaan.forum.ForumForm;
import id.satudata.perencanaan.forum.ForumService;
import id.satudata.perencanaan.forum.ForumSesi;
import id.satudata.perencanaan.forum.KeputusanForum;
import id.satudata.perencanaan.forum.PrioritasForum;
import id.satudata.perencanaan.forum.TindakLanjutForum;
import id.satudata.perencanaan.prioritas.KriteriaPrioritas;
import id.satudata.perencanaan.prioritas.PrioritasService;
import id.satudata.perencanaan.rencanaaksi.AksiRencanaAksi;
import id.satudata.perencanaan.rencanaaksi.RencanaAksiService;

/**
 * Demo content on the embedded installation: the 2026 Daftar Data of Provinsi Kepulauan Bangka
 * Belitung (entries of several OPDs, the two provincial demo datasets linked, some approved, some
 * waiting, some drafts, one rejected as a duplicate), Bappeda's priority recommendations, the Forum
 * session that decided them (its berita acara is generated on demand), the Rencana Aksi it agreed,
 * and the national and Kota Pangkal Pinang lists submitted for their forums. Every step runs as the
 * demo account whose job it is (the producer proposes, the Walidata submits, the Koordinator Forum
 * records the session) through the real services, so history and audit read as they would. The
 * texts are illustrative plans, not statistics. Skipped when the province's 2026 list exists.
 */
@Component
@Order(StartupOrder.LAINNYA)
class DemoPerencanaan implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPerencanaan.class);
	static final int TAHUN = 2026;

	private final SatuDataProperties properties;
	private final DaftarDataRepository daftarRepository;
	private final DaftarDataService daftar;
	private final PrioritasService prioritas;
	private final ForumService forum;
	private final RencanaAksiService rencanaAksi;
	private final OrganisasiDirectory organisasi;
	private final Katalog katalog;
	private final SystemActor system;
	private final UserDetailsService users;
	private final TransactionTemplate tx;

	DemoPerencanaan(SatuDataProperties properties, DaftarDataRepository daftarRepository, DaftarDataService daftar,
			PrioritasService prioritas, ForumService forum, RencanaAksiService rencanaAksi, OrganisasiDirectory organisasi,
			Katalog katalog, SystemActor system, UserDetailsService users, TransactionTemplate tx) {
		this.properties = properties;
		this.daftarRepository = daftarRepository;
		this.daftar = daftar;
		this.prioritas = prioritas;
		this.forum = forum;
		this.rencanaAksi = rencanaAksi;
		this.organisasi = organisasi;
		this.katalog = katalog;
		this.system = system;
		this.users = users;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo().enabled()) {
			return;
		}
		Optional<OrganisasiRef> provinsi = organisasi.organisasiByKodeWilayah("19");
		if (provinsi.isEmpty() || daftarRepository.findByOrganisasiIdAndTahun(provinsi.get().id(), TAHUN).isPresent()) {
			return;
		}
		try {
			seedProvinsi(provinsi.get());
			organisasi.organisasiByKodeWilayah("0").ifPresent(this::seedNasional);
			organisasi.organisasiByKodeWilayah("19.71").ifPresent(this::seedPangkalPinang);
			log.info("Demo planning: Daftar Data {} of the province, its Forum session and Rencana Aksi seeded", TAHUN);
		}
		catch (UsernameNotFoundException e) {
			log.warn("Demo planning skipped: demo account missing ({})", e.getMessage());
		}
	}

	private record Usul(String oleh, String unit, String judul, Frekuensi frekuensi, String topik, String dataset,
			boolean usulanPrioritas, Akses akses, String standar, String dasar, String deskripsi) {
	}

	private void seedProvinsi(OrganisasiRef org) {
		long orgId = org.id();
		DaftarData d = sebagai("walidata", () -> daftar.buka(orgId, TAHUN,
				"Disusun dari usulan Perangkat Daerah untuk dibahas dalam Forum Satu Data Indonesia Tingkat Provinsi."));
		Map<String, Entri> e = new LinkedHashMap<>();
		List<Usul> diajukan = List.of(
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
		for (Usul u : diajukan) {
			e.put(u.judul(), usulkan(d, orgId, u));
		}
		sebagai("walidata", () -> daftar.ajukanDaftar(d.getId()));
		// proposed after the list went to the Forum: still drafts
		usulkan(d, orgId, new Usul("walidata", "Disdik", "Angka Partisipasi Murni menurut Jenjang Pendidikan",
				Frekuensi.TAHUNAN, "pendidikan", null, false, Akses.TERBUKA, null, "Indikator RPJMD urusan pendidikan", null));
		usulkan(d, orgId, new Usul("walidata", "Dinsos", "Jumlah Penerima Bantuan Sosial menurut Jenis Bantuan",
				Frekuensi.TRIWULANAN, "sosial", null, false, Akses.TERBATAS, null, "DTSEN (Data Tunggal Sosial Ekonomi Nasional)",
				"Rekapitulasi penerima per kabupaten/kota; data individu tidak disebarluaskan."));
		usulkan(d, orgId, new Usul("produsen", "Disdukcapil", "Jumlah Penduduk Wajib KTP Elektronik menurut Kabupaten/Kota",
				Frekuensi.SEMESTERAN, "kependudukan", null, false, Akses.TERBUKA, null, null, null));

		sebagai("koordinator", () -> {
			prioritas.rekomendasikan(e.get("Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin").getId(),
					EnumSet.of(KriteriaPrioritas.RPJMD_RKPD, KriteriaPrioritas.LINTAS_INSTANSI),
					"Menjadi penyebut hampir semua indikator pembangunan daerah dan dipakai seluruh Perangkat Daerah.");
			prioritas.rekomendasikan(e.get("Jumlah Tenaga Kesehatan menurut Jenis dan Kabupaten/Kota").getId(),
					EnumSet.of(KriteriaPrioritas.SPM, KriteriaPrioritas.SDGS),
					"Dibutuhkan untuk pemenuhan SPM kesehatan dan indikator TPB 3.c (kepadatan tenaga kesehatan).");
			prioritas.rekomendasikan(e.get("Indeks Kualitas Lingkungan Hidup").getId(),
					EnumSet.of(KriteriaPrioritas.RPJMD_RKPD, KriteriaPrioritas.KEBIJAKAN_STRATEGIS),
					"Indikator kinerja utama RPJMD yang dilaporkan kepala daerah setiap tahun.");
			return null;
		});

		long bappeda = unit(orgId, JenisUnit.KOORDINATOR_FORUM, null);
		long diskominfo = unit(orgId, JenisUnit.WALIDATA, null);
		ForumSesi s = sebagai("koordinator", () -> {
			ForumForm f = new ForumForm();
			f.setJudul("Rapat Forum Satu Data Indonesia Tingkat Provinsi Tahun " + TAHUN);
			f.setNomor("000.5/14/BAPPEDA/II/" + TAHUN);
			f.setTanggal(LocalDate.of(TAHUN, 2, 10));
			f.setJamMulai(LocalTime.of(9, 0));
			f.setJamSelesai(LocalTime.of(12, 0));
			f.setTempat("Ruang Rapat Badan Perencanaan Pembangunan Daerah, Air Itam, Pangkalpinang");
			f.setKota("Pangkalpinang");
			f.setAgenda("Pembahasan usulan Daftar Data Tahun " + TAHUN + "\nPenetapan Data Prioritas\nPenyusunan Rencana Aksi");
			f.setPembahasan("Walidata memaparkan usulan Daftar Data dari Perangkat Daerah beserta hasil pemeriksaan "
					+ "kemungkinan duplikasi.\nPembina Data (BPS Provinsi) menyampaikan standar data dan metodologi yang "
					+ "perlu diikuti.\nBappeda menyampaikan rekomendasi Data Prioritas berdasarkan RPJMD dan SPM.");
			f.setPimpinanNama("Yusuf Koordinator Forum");
			f.setPimpinanJabatan("Kepala Badan Perencanaan Pembangunan Daerah");
			f.setNotulisNama("Rina Walidata");
			f.setNotulisJabatan("Pranata Komputer, Dinas Komunikasi dan Informatika");
			ForumSesi sesi = forum.buat(orgId, f);
			String[][] peserta = { { "Yusuf Koordinator Forum", "Kepala Bappeda", "Bappeda" },
					{ "Rina Walidata", "Walidata", "Dinas Komunikasi dan Informatika" },
					{ "Dewi Pembina Data", "Statistisi Ahli Madya", "BPS Provinsi Kepulauan Bangka Belitung" },
					{ "Hendra Pembina Geospasial", "Pembina Data Geospasial", "Dinas PUPRPKP" },
					{ "Budi Produsen", "Produsen Data", "Dinas Kependudukan dan Pencatatan Sipil" },
					{ "Sari Produsen", "Produsen Data", "Dinas Kesehatan" },
					{ "Lina PPID", "PPID Utama", "Pejabat Pengelola Informasi dan Dokumentasi" } };
			for (String[] p : peserta) {
				forum.tambahPeserta(sesi.getId(), p[0], p[1], p[2]);
			}
			keputusan(sesi, e, "Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin", KeputusanForum.SETUJUI,
					PrioritasForum.YA, "Data Prioritas; sumber tunggal data kependudukan daerah.");
			keputusan(sesi, e, "Luas Wilayah menurut Kabupaten/Kota", KeputusanForum.SETUJUI, PrioritasForum.TETAP, null);
			keputusan(sesi, e, "Jumlah Tenaga Kesehatan menurut Jenis dan Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.YA, "Data Prioritas untuk SPM kesehatan.");
			keputusan(sesi, e, "Cakupan Imunisasi Dasar Lengkap pada Bayi menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, null);
			keputusan(sesi, e, "Jumlah Penduduk menurut Kelompok Umur dan Jenis Kelamin", KeputusanForum.TOLAK,
					PrioritasForum.TETAP, "Duplikat: gunakan data kependudukan Disdukcapil.");
			keputusan(sesi, e, "Luas Panen dan Produksi Padi menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, "Mengikuti metode KSA BPS.");
			keputusan(sesi, e, "Produksi Perikanan Tangkap menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, null);
			keputusan(sesi, e, "Indeks Kualitas Lingkungan Hidup", KeputusanForum.SETUJUI, PrioritasForum.YA, null);
			forum.tambahTindakLanjut(sesi.getId(), "Menyusun metadata statistik kegiatan (MS-Keg) seluruh Data Prioritas",
					diskominfo, LocalDate.of(TAHUN, 4, 30));
			forum.tambahTindakLanjut(sesi.getId(), "Memakai Kode Referensi wilayah Kemendagri pada semua dataset "
					+ "kependudukan", unit(orgId, JenisUnit.PRODUSEN_DATA, "Disdukcapil"), LocalDate.of(TAHUN, 6, 30));
			forum.tambahTindakLanjut(sesi.getId(), "Menyiapkan pedoman pengumpulan data tenaga kesehatan bersama BPS Provinsi",
					unit(orgId, JenisUnit.PRODUSEN_DATA, "Dinkes"), LocalDate.of(TAHUN, 12, 18));
			forum.tambahTindakLanjut(sesi.getId(), "Menyelenggarakan Forum Satu Data evaluasi semester I", bappeda,
					LocalDate.of(TAHUN + 1, 1, 29));
			return forum.tetapkan(sesi.getId());
		});
		List<TindakLanjutForum> tl = s.getTindakLanjut();
		sebagai("walidata", () -> {
			rencanaAksi.jalankan(tl.get(0).getRencanaAksiId(), AksiRencanaAksi.MULAI, null);
			return rencanaAksi.lapor(tl.get(0).getRencanaAksiId(), 60, "MS-Keg kependudukan dan kesehatan selesai disusun.");
		});
		sebagai("produsen", () -> {
			rencanaAksi.jalankan(tl.get(1).getRencanaAksiId(), AksiRencanaAksi.MULAI, null);
			return rencanaAksi.lapor(tl.get(1).getRencanaAksiId(), 40, "Dua dari lima dataset sudah memakai kode wilayah.");
		});
	}

	private void seedNasional(OrganisasiRef org) {
		DaftarData d = sebagai("walidata.pusat", () -> daftar.buka(org.id(), TAHUN, null));
		usulkan(d, org.id(), new Usul("walidata.pusat", "Ditjen Dukcapil", "Jumlah Penduduk menurut Provinsi dan Jenis Kelamin",
				Frekuensi.SEMESTERAN, "kependudukan", "jumlah-penduduk-provinsi-jenis-kelamin", true, Akses.TERBUKA,
				"Kode Wilayah Kemendagri", "Data Prioritas nasional", null));
		// waits for the national Forum (Bappenas), which has no demo account
		sebagai("walidata.pusat", () -> daftar.ajukanDaftar(d.getId()));
	}

	private void seedPangkalPinang(OrganisasiRef org) {
		DaftarData d = sebagai("walidata.pangkalpinang", () -> daftar.buka(org.id(), TAHUN, null));
		usulkan(d, org.id(), new Usul("produsen.pangkalpinang", "Disdik", "Jumlah Peserta Didik menurut Jenjang Pendidikan "
				+ "dan Kecamatan", Frekuensi.SEMESTERAN, "pendidikan", null, false, Akses.TERBUKA, "Dapodik", null, null));
		usulkan(d, org.id(), new Usul("walidata.pangkalpinang", "Dinkes", "Jumlah Kasus Demam Berdarah Dengue menurut "
				+ "Kecamatan", Frekuensi.BULANAN, "kesehatan", null, false, Akses.TERBUKA, null, null, null));
		// waits for the city's Forum
		sebagai("walidata.pangkalpinang", () -> daftar.ajukanDaftar(d.getId()));
	}

	private Entri usulkan(DaftarData d, long orgId, Usul u) {
		EntriForm f = new EntriForm();
		f.setJudul(u.judul());
		f.setDeskripsi(u.deskripsi());
		f.setProdusenUnitId(unit(orgId, JenisUnit.PRODUSEN_DATA, u.unit()));
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
		return sebagai(u.oleh(), () -> daftar.usulkan(d.getId(), f));
	}

	private void keputusan(ForumSesi s, Map<String, Entri> e, String judul, KeputusanForum k, PrioritasForum p,
			String catatan) {
		forum.tambahKeputusan(s.getId(), e.get(judul).getId(), k, p, null, catatan);
	}

	private long unit(long orgId, JenisUnit jenis, String singkatan) {
		return organisasi.unitsOfType(orgId, jenis).stream().filter(u -> singkatan == null || singkatan.equals(u.singkatan()))
			.map(UnitRef::id).findFirst().orElseThrow(() -> new IllegalStateException("Demo unit missing: " + singkatan));
	}

	/** Runs {@code work} in a transaction as the demo account, like that user would through the pages. */
	private <T> T sebagai(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return tx.execute(status -> work.get());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
