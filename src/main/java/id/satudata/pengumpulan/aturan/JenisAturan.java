package id.satudata.pengumpulan.aturan;

/** The kinds of rules a Walidata attaches to a dataset's columns (besides the schema's own). */
public enum JenisAturan {
	/** A code column's values lie inside the dataset's cakupan wilayah (a kecamatan of this province). */
	CAKUPAN,
	/** Every code of a level below the cakupan wilayah is present (per value of the grouping columns). */
	KELENGKAPAN,
	/** A total column equals the sum of its part columns. */
	JUMLAH,
	/**
	 * The file's total rows ("Jumlah", "Total" under the data) equal the sum of the rows they total in
	 * the column, within a tolerance; without this rule a mismatch is only a warning allowing for rounding.
	 */
	BARIS_JUMLAH,
	/** A number changes against the previous published release by at most a share. */
	PERUBAHAN;

	String labelKey() {
		return "pengumpulan.aturan.jenis." + name();
	}
}
