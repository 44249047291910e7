package id.satudata.katalog;

import java.util.List;
import java.util.Map;

/**
 * The usage figures of one dataset: all time and the last 30 days, downloads per format, and per
 * release (only the releases the caller sees).
 *
 * @param unduhPerFormat download format (CSV, XLSX, JSON, ..., LAMPIRAN for attachments) → count
 */
public record AngkaPenggunaan(Jumlah total, Jumlah tigaPuluhHari, Map<String, Long> unduhPerFormat,
		List<PerRilis> perRilis) {

	/** Views, downloads and API calls. */
	public record Jumlah(long dilihat, long diunduh, long api) {

		public static final Jumlah NOL = new Jumlah(0, 0, 0);

		public long total() {
			return dilihat + diunduh + api;
		}

		public Jumlah tambah(Jumlah lain) {
			return new Jumlah(dilihat + lain.dilihat, diunduh + lain.diunduh, api + lain.api);
		}

		public Jumlah tambah(JenisPenggunaan jenis, long n) {
			return switch (jenis) {
				case LIHAT -> new Jumlah(dilihat + n, diunduh, api);
				case UNDUH -> new Jumlah(dilihat, diunduh + n, api);
				case API -> new Jumlah(dilihat, diunduh, api + n);
			};
		}

	}

	/** A release's figures. */
	public record PerRilis(String uuid, String periode, int versi, Jumlah jumlah) {
	}

	public boolean kosong() {
		return total.total() == 0;
	}

}
