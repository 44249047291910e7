package id.satudata.katalog;

/** Update frequency, with the national portal's values. */
public enum Frekuensi {
	HARIAN, MINGGUAN, BULANAN, TRIWULANAN, EMPAT_BULANAN, SEMESTERAN, TAHUNAN, DUA_TAHUNAN, AD_HOC;

	public String labelKey() {
		return "frekuensi." + name();
	}
}
