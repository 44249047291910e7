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
	public static final String PRODUSEN_DINKES = "produsen.dinkes";
	public static final String PENDUKUNG = "pendukung";
	public static final String PEMBINA_GEO = "pembina.geo";
	public static final String KOORDINATOR = "koordinator";
	public static final String PPID = "ppid";
	public static final String KADIS = "kadis";
	public static final String KABID = "kabid";
	public static final String SUBKOOR = "subkoor";
	public static final String PETUGAS = "petugas";
	public static final String PRODUSEN_PANGKALPINANG = "produsen.pangkalpinang";
	public static final String WALIDATA_PUSAT = "walidata.pusat";
	public static final String PEMBINA_PUSAT = "pembina.pusat";

	private Demo() {
	}

}
