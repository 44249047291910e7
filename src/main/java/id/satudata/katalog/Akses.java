package id.satudata.katalog;

/**
 * Access level (decided with the PPID): TERBUKA for everyone; TERBATAS for the agencies concerned
 * (and, later, approved requests); TERTUTUP for those who produce, keep and check it.
 */
public enum Akses {
	TERBUKA, TERBATAS, TERTUTUP;

	public String labelKey() {
		return "akses." + name();
	}
}
