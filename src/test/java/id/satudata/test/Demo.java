package id.satudata.test;

/** The demo accounts every test context is seeded with (see README). */
public final class Demo {

	public static final String PASSWORD = "satudata2026";

	public static final String ADMIN = "admin";
	public static final String WALIDATA = "walidata";
	public static final String WALIDATA_PANGKALPINANG = "walidata.pangkalpinang";
	public static final String PRODUSEN = "produsen";
	public static final String PEMBINA = "pembina";
	public static final String PENGGUNA = "pengguna";

	private Demo() {
	}

}
