package id.satudata.katalog;

import java.util.List;
import java.util.Map;

/**
 * A catalog search.
 *
 * @param q words to find (Indonesian stemming: "pendidikan" finds "didik")
 * @param filter facet → accepted values (a dataset matches if it has any of them); filters on different
 *        keys are ANDed, and {@code facet@1}, {@code facet@2}... are further AND-ed filters on the same facet
 * @param urut RELEVANSI, TERBARU, NAMA (or NAMA_TURUN, SLUG, SLUG_TURUN, DIBUAT, DIUBAH, DIUBAH_NAIK)
 * @param offset results to skip
 * @param limit results to return
 * @param facet the facets to count
 */
public record PencarianDataset(String q, Map<String, List<String>> filter, String urut, int offset, int limit,
		List<String> facet) {

	public static final List<String> SEMUA_FACET = List.of(Facet.ORGANISASI, Facet.TOPIK, Facet.JENIS_DATA,
			Facet.TAHUN, Facet.PRIORITAS, Facet.FORMAT, Facet.TINGKAT_PENYAJIAN);

	public PencarianDataset {
		filter = filter == null ? Map.of() : Map.copyOf(filter);
		facet = facet == null ? List.of() : List.copyOf(facet);
		urut = urut == null || urut.isBlank() ? (q == null || q.isBlank() ? "TERBARU" : "RELEVANSI") : urut;
	}

	/** Facet and filter names. */
	public static final class Facet {

		public static final String ORGANISASI = "organisasi";
		public static final String TOPIK = "topik";
		public static final String JENIS_DATA = "jenis_data";
		public static final String TAHUN = "tahun";
		public static final String PRIORITAS = "prioritas";
		public static final String DATA_INDUK = "data_induk";
		public static final String FORMAT = "format";
		/** The formats of the resources CKAN's package_show lists (tables as CSV, attachments). */
		public static final String RES_FORMAT = "res_format";
		public static final String TINGKAT_PENYAJIAN = "tingkat_penyajian";
		public static final String KATA_KUNCI = "kata_kunci";
		public static final String LISENSI = "lisensi";
		public static final String FREKUENSI = "frekuensi";
		/** Filter only: access level (TERBUKA, TERBATAS, TERTUTUP). */
		public static final String AKSES = "akses";
		/** Filter only: whether the dataset has a published release. */
		public static final String DITAYANGKAN = "ditayangkan";

		private Facet() {
		}

		/** The facet of a filter key ({@code kata_kunci@1} → {@code kata_kunci}). */
		public static String base(String key) {
			int at = key.indexOf('@');
			return at < 0 ? key : key.substring(0, at);
		}

	}

}
