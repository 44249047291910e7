package id.satudata.layanan.laporan;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.ketersediaan.Ketersediaan;

/**
 * The service desk's report of one month: per type of service and per complaint tier, what was
 * received, resolved, resolved within target, the median and 90th percentile of the time to
 * resolution (working time from receipt), the disposition steps against their targets, the
 * availability in working hours, the ratings.
 */
record LaporanBulanan(YearMonth bulan, long organisasiId, String namaOrganisasi, String namaDinas,
		List<Baris> permintaan, Baris totalPermintaan, List<Baris> pengaduan, Baris totalPengaduan,
		List<BarisLangkah> disposisi, Ketersediaan ketersediaan, double targetKetersediaan, Double nilaiRata,
		long jumlahNilai) {

	/**
	 * One row: a type of service or a complaint tier.
	 *
	 * @param diterima received in the month
	 * @param diselesaikan resolved in the month
	 * @param tepatWaktu of those, within the target
	 * @param ditutup closed or refused without handling in the month
	 * @param terbukaTerlambat open at the end of the month (or now) and past due
	 * @param median median time to resolution (working time), null without resolutions
	 * @param p90 90th percentile of the time to resolution
	 */
	record Baris(String labelKey, BatasWaktu batas, long diterima, long diselesaikan, long tepatWaktu, long ditutup,
			long terbukaTerlambat, Duration median, Duration p90) {

		public Double persenTepat() {
			return diselesaikan == 0 ? null : 100.0 * tepatWaktu / diselesaikan;
		}

	}

	/** Disposition steps of one level taken in the month, against their target. */
	record BarisLangkah(TingkatLayanan tingkat, BatasWaktu batas, long jumlah, long tepatWaktu, Duration median,
			Duration p90) {

		public Double persenTepat() {
			return jumlah == 0 ? null : 100.0 * tepatWaktu / jumlah;
		}

	}

	public boolean ketersediaanTercapai() {
		return ketersediaan.memenuhi(targetKetersediaan);
	}

}
