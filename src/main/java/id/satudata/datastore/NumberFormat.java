package id.satudata.datastore;

/** How numbers are written in an uploaded file's column. */
public enum NumberFormat {

	/** {@code 1234.56} (no thousands separator, dot decimal) */
	STANDAR,
	/** {@code 1.234,56} (dot thousands, comma decimal), as Indonesian spreadsheets write them */
	INDONESIA,
	/** {@code 1,234.56} (comma thousands, dot decimal) */
	INGGRIS;

	public String labelKey() {
		return "formatAngka." + name();
	}

}
