package id.satudata.perencanaan.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.internal.DemoAkun;

/**
 * The demo's Forum session of the province, recorded by the Koordinator Forum: participants,
 * decisions on the submitted entries (one rejected as a duplicate), follow-ups; then set, which
 * applies the decisions and turns the follow-ups into Rencana Aksi.
 */
@Component
public class DemoForum {

	private final ForumService forum;
	private final DemoAkun akun;

	DemoForum(ForumService forum, DemoAkun akun) {
		this.forum = forum;
		this.akun = akun;
	}

	/** Records and sets the session on the entries (ids by title); answers the Rencana Aksi its follow-ups became. */
	public List<Long> sesiProvinsi(OrganisasiRef org, int tahun, Map<String, Long> entri) {
		long orgId = org.id();
		long bappeda = akun.unit(orgId, JenisUnit.KOORDINATOR_FORUM, null);
		long diskominfo = akun.unit(orgId, JenisUnit.WALIDATA, null);
		ForumSesi s = akun.runAs("koordinator", () -> {
			ForumForm f = new ForumForm();
			f.setJudul("Rapat Forum Satu Data Indonesia Tingkat Provinsi Tahun " + tahun);
			f.setNomor("000.5/14/BAPPEDA/II/" + tahun);
			f.setTanggal(LocalDate.of(tahun, 2, 10));
			f.setJamMulai(LocalTime.of(9, 0));
			f.setJamSelesai(LocalTime.of(12, 0));
			f.setTempat("Ruang Rapat Badan Perencanaan Pembangunan Daerah, Air Itam, Pangkalpinang");
			f.setKota("Pangkalpinang");
			f.setAgenda("Pembahasan usulan Daftar Data Tahun " + tahun + "\nPenetapan Data Prioritas\nPenyusunan Rencana Aksi");
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
			keputusan(sesi, entri, "Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin", KeputusanForum.SETUJUI,
					PrioritasForum.YA, "Data Prioritas; sumber tunggal data kependudukan daerah.");
			keputusan(sesi, entri, "Luas Wilayah menurut Kabupaten/Kota", KeputusanForum.SETUJUI, PrioritasForum.TETAP, null);
			keputusan(sesi, entri, "Jumlah Tenaga Kesehatan menurut Jenis dan Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.YA, "Data Prioritas untuk SPM kesehatan.");
			keputusan(sesi, entri, "Cakupan Imunisasi Dasar Lengkap pada Bayi menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, null);
			keputusan(sesi, entri, "Jumlah Penduduk menurut Kelompok Umur dan Jenis Kelamin", KeputusanForum.TOLAK,
					PrioritasForum.TETAP, "Duplikat: gunakan data kependudukan Disdukcapil.");
			keputusan(sesi, entri, "Luas Panen dan Produksi Padi menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, "Mengikuti metode KSA BPS.");
			keputusan(sesi, entri, "Produksi Perikanan Tangkap menurut Kabupaten/Kota", KeputusanForum.SETUJUI,
					PrioritasForum.TETAP, null);
			keputusan(sesi, entri, "Indeks Kualitas Lingkungan Hidup", KeputusanForum.SETUJUI, PrioritasForum.YA, null);
			forum.tambahTindakLanjut(sesi.getId(), "Menyusun metadata statistik kegiatan (MS-Keg) seluruh Data Prioritas",
					diskominfo, LocalDate.of(tahun, 4, 30));
			forum.tambahTindakLanjut(sesi.getId(), "Memakai Kode Referensi wilayah Kemendagri pada semua dataset "
					+ "kependudukan", akun.unit(orgId, JenisUnit.PRODUSEN_DATA, "Disdukcapil"), LocalDate.of(tahun, 6, 30));
			forum.tambahTindakLanjut(sesi.getId(), "Menyiapkan pedoman pengumpulan data tenaga kesehatan bersama BPS Provinsi",
					akun.unit(orgId, JenisUnit.PRODUSEN_DATA, "Dinkes"), LocalDate.of(tahun, 12, 18));
			forum.tambahTindakLanjut(sesi.getId(), "Menyelenggarakan Forum Satu Data evaluasi semester I", bappeda,
					LocalDate.of(tahun + 1, 1, 29));
			return forum.tetapkan(sesi.getId());
		});
		return s.getTindakLanjut().stream().map(TindakLanjutForum::getRencanaAksiId).toList();
	}

	private void keputusan(ForumSesi s, Map<String, Long> entri, String judul, KeputusanForum k, PrioritasForum p,
			String catatan) {
		forum.tambahKeputusan(s.getId(), entri.get(judul), k, p, null, catatan);
	}

}
