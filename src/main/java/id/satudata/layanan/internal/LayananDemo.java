package id.satudata.layanan.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
import org.springframework.stereotype.Component;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * Demo content of the service desk on the embedded installation: requests at every stage of the
 * disposition chain (new, at the Kepala Bidang, with the Petugas, resolved and rated, handled by the
 * Kepala Bidang himself), complaints in different states and one recommendation request being
 * prepared by the Disdukcapil — all through the real services, each step taken by the demo account
 * that holds it. The texts are illustrative, not real figures. Skipped when any request exists.
 */
@Component
@Order(StartupOrder.LAINNYA)
class LayananDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LayananDemo.class);

	private final SatuDataProperties properties;
	private final PermintaanRepository permintaanRepository;
	private final PermintaanService permintaan;
	private final PengaduanService pengaduan;
	private final RekomendasiService rekomendasi;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;
	private final PdfRenderer pdf;

	LayananDemo(SatuDataProperties properties, PermintaanRepository permintaanRepository, PermintaanService permintaan,
			PengaduanService pengaduan, RekomendasiService rekomendasi, OrganisasiDirectory organisasi,
			PenggunaDirectory pengguna, PdfRenderer pdf) {
		this.properties = properties;
		this.permintaanRepository = permintaanRepository;
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.rekomendasi = rekomendasi;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
		this.pdf = pdf;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<OrganisasiRef> prov = organisasi.organisasiDenganKodeWilayah("19");
		if (!properties.demo().enabled() || permintaanRepository.count() > 0 || prov.isEmpty()
				|| pengguna.penggunaDenganUsername("kadis").isEmpty()) {
			return;
		}
		long org = prov.get().id();
		seedPermintaan(org);
		seedPengaduan(org);
		seedRekomendasi(org);
		log.info("Layanan demo content: 5 service requests, 3 complaints, 1 recommendation request");
	}

	private void seedPermintaan(long org) {
		// 1. new, waiting for the Kepala Dinas
		anonim(() -> permintaan.ajukan(form(org, JenisLayanan.PERENCANAAN, "Pendampingan penyusunan Daftar Data 2027",
				"Kami mohon pendampingan menyusun Daftar Data 2027 Dinas Pertanian, Pangan dan Perikanan Darat sesuai "
						+ "kesepakatan Forum Satu Data.",
				"Rudi Hartono", "Dinas Pertanian, Pangan dan Perikanan Darat", "rudi.distan@demo.satudata.invalid"), List.of()));
		// 2. came by e-mail, at the Kepala Bidang
		String kedua = sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA,
				() -> permintaan.catat(catat(org, KanalPermintaan.EMAIL, JenisLayanan.PENYEBARLUASAN,
						"Penayangan data jumlah penduduk per kecamatan",
						"Disdukcapil meminta dataset jumlah penduduk per kecamatan semester I ditayangkan di portal.",
						"Budi Santoso", "Dinas Kependudukan dan Pencatatan Sipil", "budi.dukcapil@demo.satudata.invalid"),
						List.of())).permintaan().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, kedua, AksiPermintaan.DISPOSISI,
				"Kabid e-Gotik: mohon ditindaklanjuti sesuai SOP penyebarluasan.");
		// 3. through the whole chain, with the Petugas
		String ketiga = anonim(() -> permintaan.ajukan(form(org, JenisLayanan.PEMERIKSAAN,
				"Pemeriksaan dataset angka partisipasi sekolah",
				"Dinas Pendidikan mohon dataset angka partisipasi sekolah 2025 diperiksa sebelum dikirim ke Pembina Data.",
				"Maya Lestari", "Dinas Pendidikan", "maya.disdik@demo.satudata.invalid"), List.of())).permintaan().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, ketiga, AksiPermintaan.DISPOSISI, "Mohon diproses.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, ketiga, AksiPermintaan.DISPOSISI,
				"Sub Koordinator: periksa kesesuaian dengan prinsip SDI.");
		langkah("subkoor", Peran.SUB_KOORDINATOR, org, ketiga, AksiPermintaan.DISPOSISI,
				"Petugas: periksa metadata dan kode wilayah, kabari Disdik.");
		// 4. by phone, resolved and rated
		PermintaanService.TiketBaru empat = sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA,
				() -> permintaan.catat(catat(org, KanalPermintaan.TELEPON, JenisLayanan.LAINNYA,
						"Permintaan data luas wilayah per kabupaten/kota",
						"Mahasiswa meminta data luas wilayah kabupaten/kota untuk tugas akhir.", "Dimas Pratama", null,
						"dimas@demo.satudata.invalid"), List.of()));
		String nomor4 = empat.permintaan().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, nomor4, AksiPermintaan.DISPOSISI, "Mohon dibantu.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, nomor4, AksiPermintaan.DISPOSISI, "Teruskan ke petugas.");
		langkah("subkoor", Peran.SUB_KOORDINATOR, org, nomor4, AksiPermintaan.DISPOSISI,
				"Arahkan ke dataset luas wilayah di portal.");
		langkah("petugas", Peran.PETUGAS_LAYANAN, org, nomor4, AksiPermintaan.SELESAIKAN,
				"Data tersedia di portal: dataset Luas Wilayah menurut Kabupaten/Kota (unduhan CSV/XLSX).");
		anonim(() -> permintaan.nilai(nomor4, empat.kode(), 5, "Cepat dan jelas, terima kasih."));
		// 5. a consultation the Kepala Bidang handles himself
		String kelima = anonim(() -> permintaan.ajukan(form(org, JenisLayanan.REKOMENDASI,
				"Konsultasi metodologi survei kepuasan masyarakat",
				"Kami merencanakan survei kepuasan masyarakat dan ingin tahu apakah perlu rekomendasi BPS.",
				"Sinta Dewi", "Dinas Sosial", "sinta.dinsos@demo.satudata.invalid"), List.of())).permintaan().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, kelima, AksiPermintaan.DISPOSISI, "Kabid: mohon konsultasi langsung.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, kelima, AksiPermintaan.TANGANI, null);
	}

	private void seedPengaduan(long org) {
		PengaduanService.TiketBaru a = anonim(() -> pengaduan.ajukan(aduan(org, "Tautan unduhan CSV tidak berfungsi",
				"Tombol unduh CSV pada dataset jumlah penduduk menampilkan halaman kosong.", "Andi Saputra",
				"andi@demo.satudata.invalid"), List.of()));
		String n1 = a.pengaduan().getNomor();
		aduanLangkah(n1, org, AksiPengaduan.KLASIFIKASI, KategoriPengaduan.RINGAN, null);
		aduanLangkah(n1, org, AksiPengaduan.TANGGAPI, null, "Terima kasih, kami sedang memeriksa tautan tersebut.");
		aduanLangkah(n1, org, AksiPengaduan.SELESAIKAN, null,
				"Tautan unduhan sudah diperbaiki; silakan coba kembali dari halaman dataset.");
		anonim(() -> pengaduan.nilai(n1, a.kode(), 4, null));

		sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA, () -> pengaduan.catat(aduanStaf(org,
				KanalPengaduan.WHATSAPP, "0812-0000-0001", "Data di portal belum diperbarui",
				"Dataset jumlah fasilitas kesehatan masih tahun 2023.", "Rina Kurnia"), List.of()));

		String n3 = sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA, () -> pengaduan.catat(aduanStaf(org,
				KanalPengaduan.SP4N_LAPOR, "LAPOR-DEMO-0001", "Keberatan atas tampilan data kemiskinan",
				"Pelapor keberatan karena angka kemiskinan kecamatan di portal berbeda dengan publikasi BPS.",
				"Pelapor SP4N-LAPOR"), List.of())).pengaduan().getNomor();
		aduanLangkah(n3, org, AksiPengaduan.KLASIFIKASI, KategoriPengaduan.NORMATIF, "Menyangkut sumber dan standar data.");
		aduanLangkah(n3, org, AksiPengaduan.ESKALASI, null, "Perlu penjelasan Sub Koordinator Statistik.");
	}

	private void seedRekomendasi(long org) {
		Optional<UnitRef> dukcapil = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).stream()
			.filter(u -> "Disdukcapil".equals(u.singkatan())).findFirst();
		if (dukcapil.isEmpty() || pengguna.penggunaDenganUsername("produsen").isEmpty()) {
			return;
		}
		RekomendasiForm f = new RekomendasiForm();
		f.setPemohonUnitId(dukcapil.get().id());
		f.setLokasi("Pangkalpinang");
		f.setTanggalSurat(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString());
		f.setNomorSurat("470/123/DISDUKCAPIL/2026");
		f.setUnitPenyelenggara("Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung");
		f.setJudulKegiatan("Survei Kepuasan Layanan Administrasi Kependudukan 2027");
		f.setJabatanPenandatangan("Kepala Dinas Kependudukan dan Pencatatan Sipil");
		f.setNamaPenandatangan("Nama Pejabat (contoh)");
		f.setTembusan("Kepala Badan Pusat Statistik Provinsi Kepulauan Bangka Belitung\nArsip");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		pdf.render("layanan/dokumen/kuesioner-contoh", Map.of(), SuratRekomendasi.INDONESIA, out);
		byte[] kuesioner = out.toByteArray();
		sebagai("produsen", Peran.PRODUSEN_DATA, org, dukcapil.get(), () -> {
			Rekomendasi r = rekomendasi.buat(f);
			rekomendasi.unggahKuesioner(r.getNomor(), berkas("kuesioner-survei-kepuasan-adminduk.pdf", kuesioner));
			return r;
		});
	}

	// ---- helpers: the steps, each as the demo account holding it -------------------------------

	private void langkah(String username, Peran peran, long org, String nomor, AksiPermintaan aksi, String catatan) {
		sebagai(username, peran, org, JenisUnit.WALIDATA, () -> permintaan.jalankan(nomor, aksi, catatan, null, null));
	}

	private void aduanLangkah(String nomor, long org, AksiPengaduan aksi, KategoriPengaduan kategori, String catatan) {
		sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA,
				() -> pengaduan.jalankan(nomor, aksi, kategori, catatan, null));
	}

	private <T> T sebagai(String username, Peran peran, long org, JenisUnit jenisUnit, Supplier<T> kerja) {
		UnitRef unit = organisasi.unitBerjenis(org, jenisUnit).stream().findFirst().orElseThrow();
		return sebagai(username, peran, org, unit, kerja);
	}

	/** Runs as the demo account with its role, like a login of that account would. */
	private <T> T sebagai(String username, Peran peran, long org, UnitRef unit, Supplier<T> kerja) {
		PenggunaRef u = pengguna.penggunaDenganUsername(username).orElseThrow();
		SatuDataUser user = new SatuDataUser(u.id(), u.username(), u.namaLengkap(), null, true, true, false,
				List.of(new Penugasan(peran, org, unit.id())));
		return dengan(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), kerja);
	}

	private <T> T anonim(Supplier<T> kerja) {
		return dengan(null, kerja);
	}

	private static <T> T dengan(UsernamePasswordAuthenticationToken auth, Supplier<T> kerja) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		try {
			return kerja.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static PermintaanForm form(long org, JenisLayanan jenis, String perihal, String uraian, String nama,
			String instansi, String surel) {
		PermintaanForm f = new PermintaanForm();
		f.setOrganisasiId(org);
		f.setJenis(jenis);
		f.setPerihal(perihal);
		f.setUraian(uraian);
		f.setNama(nama);
		f.setInstansi(instansi);
		f.setSurel(surel);
		return f;
	}

	private static PermintaanForm catat(long org, KanalPermintaan kanal, JenisLayanan jenis, String perihal, String uraian,
			String nama, String instansi, String surel) {
		PermintaanForm f = form(org, jenis, perihal, uraian, nama, instansi, surel);
		f.setKanal(kanal);
		return f;
	}

	private static PengaduanForm aduan(long org, String perihal, String uraian, String nama, String surel) {
		PengaduanForm f = new PengaduanForm();
		f.setOrganisasiId(org);
		f.setPerihal(perihal);
		f.setUraian(uraian);
		f.setNama(nama);
		f.setSurel(surel);
		return f;
	}

	private static PengaduanForm aduanStaf(long org, KanalPengaduan kanal, String referensi, String perihal, String uraian,
			String nama) {
		PengaduanForm f = aduan(org, perihal, uraian, nama, null);
		f.setTelepon("0717-4262141");
		f.setKanal(kanal);
		f.setReferensiKanal(referensi);
		return f;
	}

	private static BerkasMasuk berkas(String nama, byte[] isi) {
		return new BerkasMasuk() {
			@Override
			public String namaAsli() {
				return nama;
			}

			@Override
			public long ukuran() {
				return isi.length;
			}

			@Override
			public InputStream buka() {
				return new ByteArrayInputStream(isi);
			}
		};
	}

}
