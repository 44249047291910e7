package id.satudata.layanan.laporan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.pengaduan.Pengaduan;
import id.satudata.layanan.permintaan.Permintaan;

/**
 * The monthly performance report of the service staff for the evaluation meeting (Standar
 * Pelayanan: "Evaluasi Kinerja Pelaksana", at least once a month, attended by the Kepala Dinas,
 * Kepala Bidang, Kepala Seksi and staff): the month's SLA report and one row per staff member.
 */
record EvaluasiBulanan(LaporanBulanan ringkasan, List<Pelaksana> pelaksana, List<Permintaan> permintaan,
		List<Pengaduan> pengaduan, String kepalaDinas, Instant dibuatPada) {

	/**
	 * One staff member's month.
	 *
	 * @param disposisi disposition steps they took (disposition, handling personally, closing)
	 * @param disposisiTepat of those, within the step's target
	 * @param permintaanSelesai requests they resolved
	 * @param permintaanTepat of those, within the SLA of their type
	 * @param medianKerja median working time from the start of the work to its resolution
	 * @param pengaduanSelesai complaints they resolved (or refused)
	 * @param pengaduanTepat of those, resolved within the tier's limit
	 * @param tanggapan responses to complainants
	 * @param nilaiRata the average rating of the tickets they resolved (rated so far), or null
	 */
	record Pelaksana(long penggunaId, String nama, TingkatLayanan tingkat, long disposisi, long disposisiTepat,
			long permintaanSelesai, long permintaanTepat, Duration medianKerja, long pengaduanSelesai,
			long pengaduanTepat, long tanggapan, Double nilaiRata, long jumlahNilai) {

		public Double persenDisposisi() {
			return disposisi == 0 ? null : 100.0 * disposisiTepat / disposisi;
		}

		public Double persenPermintaan() {
			return permintaanSelesai == 0 ? null : 100.0 * permintaanTepat / permintaanSelesai;
		}

		public Double persenPengaduan() {
			return pengaduanSelesai == 0 ? null : 100.0 * pengaduanTepat / pengaduanSelesai;
		}

		public long jumlahDitangani() {
			return permintaanSelesai + pengaduanSelesai;
		}

	}

}
