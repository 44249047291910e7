package id.satudata.katalog;

import java.time.LocalDate;
import java.util.List;

/**
 * Usage figures of datasets: page views, downloads per format and API calls, per dataset and
 * release, counted per day as aggregate numbers (no IP address, session or user is stored; known
 * robots are not counted). Counting costs the request a map update: counts are buffered in memory
 * and written in batches. Every reading returns only figures of datasets the caller may see.
 */
public interface PenggunaanData {

	/**
	 * Counts one use, unless the user agent is a robot's or counting is switched off
	 * ({@code satudata.penggunaan.aktif=false}).
	 *
	 * @param rilisUuid the release used, or null for the dataset as a whole
	 * @param format the download format ({@code CSV}, {@code XLSX}, ..., {@code LAMPIRAN}); null otherwise
	 * @param userAgent the request's User-Agent header (may be null)
	 */
	void catat(long datasetId, String rilisUuid, JenisPenggunaan jenis, String format, String userAgent);

	/** The figures of a dataset as its reader sees it (per release only for the releases in {@code d}). */
	AngkaPenggunaan dataset(DatasetDetail d);

	/** The most used datasets of the scope the caller may see, between two days inclusive, most used first. */
	List<PenggunaanDataset> terbanyak(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai, int jumlah);

	/** Figures per dataset and month of the scope the caller may see, by month then most used. */
	List<PenggunaanBulanan> bulanan(CakupanPenggunaan cakupan, LocalDate dari, LocalDate sampai);

	/** Writes the buffered counts now (the schedule and shutdown do it too). */
	void tulis();

}
