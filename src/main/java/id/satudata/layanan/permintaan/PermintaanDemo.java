package id.satudata.layanan.permintaan;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.DemoLayanan;
import id.satudata.layanan.tiket.LayananPemohon;
import id.satudata.layanan.tiket.TiketLayanan.TiketBaru;
import id.satudata.organisasi.JenisUnit;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.security.Peran;

/**
 * Demo service requests on the embedded installation, at every stage of the disposition chain: new,
 * at the Kepala Bidang, with the Petugas, resolved and rated, handled by the Kepala Bidang himself —
 * all through the real services, each step taken by the demo account that holds it. The texts are
 * illustrative, not real figures. Skipped when any request exists.
 */
@Component
@Order(StartupOrder.LAINNYA)
class PermintaanDemo implements ApplicationRunner {

	private final DemoLayanan demo;
	private final PermintaanRepository repository;
	private final PermintaanService permintaan;
	private final LayananPemohon pemohon;

	PermintaanDemo(DemoLayanan demo, PermintaanRepository repository, PermintaanService permintaan,
			LayananPemohon pemohon) {
		this.demo = demo;
		this.repository = repository;
		this.permintaan = permintaan;
		this.pemohon = pemohon;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.isiSekali(repository.count(), this::seed, "5 service requests");
	}

	private void seed(long org) {
		// 1. new, waiting for the Kepala Dinas
		demo.anonim(() -> permintaan.ajukan(form(org, JenisLayanan.PERENCANAAN, "Pendampingan penyusunan Daftar Data 2027",
				"Kami mohon pendampingan menyusun Daftar Data 2027 Dinas Pertanian, Pangan dan Perikanan Darat sesuai "
						+ "kesepakatan Forum Satu Data.",
				"Rudi Hartono", "Dinas Pertanian, Pangan dan Perikanan Darat", "rudi.distan@demo.satudata.invalid"), List.of()));
		// 2. came by e-mail, at the Kepala Bidang
		String kedua = demo.sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA,
				() -> permintaan.catat(catat(org, KanalPermintaan.EMAIL, JenisLayanan.PENYEBARLUASAN,
						"Penayangan data jumlah penduduk per kecamatan",
						"Disdukcapil meminta dataset jumlah penduduk per kecamatan semester I ditayangkan di portal.",
						"Budi Santoso", "Dinas Kependudukan dan Pencatatan Sipil", "budi.dukcapil@demo.satudata.invalid"),
						List.of())).tiket().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, kedua, AksiPermintaan.DISPOSISI,
				"Kabid e-Gotik: mohon ditindaklanjuti sesuai SOP penyebarluasan.");
		// 3. through the whole chain, with the Petugas
		String ketiga = demo.anonim(() -> permintaan.ajukan(form(org, JenisLayanan.PEMERIKSAAN,
				"Pemeriksaan dataset angka partisipasi sekolah",
				"Dinas Pendidikan mohon dataset angka partisipasi sekolah 2025 diperiksa sebelum dikirim ke Pembina Data.",
				"Maya Lestari", "Dinas Pendidikan", "maya.disdik@demo.satudata.invalid"), List.of())).tiket().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, ketiga, AksiPermintaan.DISPOSISI, "Mohon diproses.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, ketiga, AksiPermintaan.DISPOSISI,
				"Sub Koordinator: periksa kesesuaian dengan prinsip SDI.");
		langkah("subkoor", Peran.SUB_KOORDINATOR, org, ketiga, AksiPermintaan.DISPOSISI,
				"Petugas: periksa metadata dan kode wilayah, kabari Disdik.");
		// 4. by phone, resolved and rated
		TiketBaru<Permintaan> empat = demo.sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA,
				() -> permintaan.catat(catat(org, KanalPermintaan.TELEPON, JenisLayanan.LAINNYA,
						"Permintaan data luas wilayah per kabupaten/kota",
						"Mahasiswa meminta data luas wilayah kabupaten/kota untuk tugas akhir.", "Dimas Pratama", null,
						"dimas@demo.satudata.invalid"), List.of()));
		String nomor4 = empat.tiket().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, nomor4, AksiPermintaan.DISPOSISI, "Mohon dibantu.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, nomor4, AksiPermintaan.DISPOSISI, "Teruskan ke petugas.");
		langkah("subkoor", Peran.SUB_KOORDINATOR, org, nomor4, AksiPermintaan.DISPOSISI,
				"Arahkan ke dataset luas wilayah di portal.");
		langkah("petugas", Peran.PETUGAS_LAYANAN, org, nomor4, AksiPermintaan.SELESAIKAN,
				"Data tersedia di portal: dataset Luas Wilayah menurut Kabupaten/Kota (unduhan CSV/XLSX).");
		demo.anonim(() -> {
			pemohon.nilaiDenganKode(nomor4, empat.kode(), 5, "Cepat dan jelas, terima kasih.");
			return null;
		});
		// 5. a consultation the Kepala Bidang handles himself
		String kelima = demo.anonim(() -> permintaan.ajukan(form(org, JenisLayanan.REKOMENDASI,
				"Konsultasi metodologi survei kepuasan masyarakat",
				"Kami merencanakan survei kepuasan masyarakat dan ingin tahu apakah perlu rekomendasi BPS.",
				"Sinta Dewi", "Dinas Sosial", "sinta.dinsos@demo.satudata.invalid"), List.of())).tiket().getNomor();
		langkah("kadis", Peran.KEPALA_DINAS, org, kelima, AksiPermintaan.DISPOSISI, "Kabid: mohon konsultasi langsung.");
		langkah("kabid", Peran.KEPALA_BIDANG, org, kelima, AksiPermintaan.TANGANI, null);
	}

	/** A step taken by the demo account that holds it. */
	private void langkah(String username, Peran peran, long org, String nomor, AksiPermintaan aksi, String catatan) {
		demo.sebagai(username, peran, org, JenisUnit.WALIDATA, () -> permintaan.jalankan(nomor, aksi, catatan, null, null));
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

}
