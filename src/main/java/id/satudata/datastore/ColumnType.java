package id.satudata.datastore;

/** The type of a column of a dataset's table (the labels users see are in the message bundles). */
public enum ColumnType {

	/** teks */
	TEKS("VARCHAR", "text"),
	/** bilangan bulat */
	BILANGAN_BULAT("BIGINT", "int"),
	/** desimal */
	DESIMAL("DOUBLE", "numeric"),
	/** tanggal */
	TANGGAL("DATE", "date"),
	/** ya/tidak */
	YA_TIDAK("BOOLEAN", "bool"),
	/** kode (from a Kode Referensi list) */
	KODE("VARCHAR", "text");

	private final String sqlType;
	private final String ckanType;

	ColumnType(String sqlType, String ckanType) {
		this.sqlType = sqlType;
		this.ckanType = ckanType;
	}

	public String sqlType() {
		return sqlType;
	}

	/** The type name CKAN's datastore reports for such a field. */
	public String ckanType() {
		return ckanType;
	}

	public boolean numeric() {
		return this == BILANGAN_BULAT || this == DESIMAL;
	}

	public boolean textual() {
		return this == TEKS || this == KODE;
	}

	public String labelKey() {
		return "tipeKolom." + name();
	}

}
