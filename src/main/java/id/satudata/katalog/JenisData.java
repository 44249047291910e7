package id.satudata.katalog;

/** The kind of data, which decides its Pembina Data (BPS for statistics, BIG/PUPR for geospatial). */
public enum JenisData {
	STATISTIK, GEOSPASIAL, KEUANGAN, LAINNYA;

	public String labelKey() {
		return "jenisData." + name();
	}
}
