package id.satudata.layanan.pengaduan;

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
 * Demo complaints on the embedded installation: one from the web form answered, resolved and rated,
 * one by WhatsApp waiting, one from SP4N-LAPOR classified and escalated — through the real services,
 * as the Petugas Layanan. The texts are illustrative. Skipped when any complaint exists.
 */
@Component
@Order(StartupOrder.LAINNYA)
class PengaduanDemo implements ApplicationRunner {

	private final DemoLayanan demo;
	private final PengaduanRepository repository;
	private final PengaduanService pengaduan;
	private final LayananPemohon pemohon;

	PengaduanDemo(DemoLayanan demo, PengaduanRepository repository, PengaduanService pengaduan, LayananPemohon pemohon) {
		this.demo = demo;
		this.repository = repository;
		this.pengaduan = pengaduan;
		this.pemohon = pemohon;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.isiSekali(repository.count(), this::seed, "3 complaints");
	}

	private void seed(long org) {
		TiketBaru<Pengaduan> a = demo.anonim(() -> pengaduan.ajukan(aduan(org, "Tautan unduhan CSV tidak berfungsi",
				"Tombol unduh CSV pada dataset jumlah penduduk menampilkan halaman kosong.", "Andi Saputra",
				"andi@demo.satudata.invalid"), List.of()));
		String n1 = a.tiket().getNomor();
		langkah(n1, org, AksiPengaduan.KLASIFIKASI, KategoriPengaduan.RINGAN, null);
		langkah(n1, org, AksiPengaduan.TANGGAPI, null, "Terima kasih, kami sedang memeriksa tautan tersebut.");
		langkah(n1, org, AksiPengaduan.SELESAIKAN, null,
				"Tautan unduhan sudah diperbaiki; silakan coba kembali dari halaman dataset.");
		demo.anonim(() -> {
			pemohon.nilaiDenganKode(n1, a.kode(), 4, null);
			return null;
		});

		sebagaiPetugas(org, () -> pengaduan.catat(aduanStaf(org, KanalPengaduan.WHATSAPP, "0812-0000-0001",
				"Data di portal belum diperbarui", "Dataset jumlah fasilitas kesehatan masih tahun 2023.", "Rina Kurnia"),
				List.of()));

		String n3 = sebagaiPetugas(org, () -> pengaduan.catat(aduanStaf(org, KanalPengaduan.SP4N_LAPOR, "LAPOR-DEMO-0001",
				"Keberatan atas tampilan data kemiskinan",
				"Pelapor keberatan karena angka kemiskinan kecamatan di portal berbeda dengan publikasi BPS.",
				"Pelapor SP4N-LAPOR"), List.of())).tiket().getNomor();
		langkah(n3, org, AksiPengaduan.KLASIFIKASI, KategoriPengaduan.NORMATIF, "Menyangkut sumber dan standar data.");
		langkah(n3, org, AksiPengaduan.ESKALASI, null, "Perlu penjelasan Sub Koordinator Statistik.");
	}

	/** A step taken by the demo Petugas Layanan, who holds these complaints. */
	private void langkah(String nomor, long org, AksiPengaduan aksi, KategoriPengaduan kategori, String catatan) {
		sebagaiPetugas(org, () -> pengaduan.jalankan(nomor, aksi, kategori, catatan, null));
	}

	private <T> T sebagaiPetugas(long org, java.util.function.Supplier<T> kerja) {
		return demo.sebagai("petugas", Peran.PETUGAS_LAYANAN, org, JenisUnit.WALIDATA, kerja);
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

}
