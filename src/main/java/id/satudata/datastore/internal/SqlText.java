package id.satudata.datastore.internal;

import id.satudata.datastore.ColumnSpec;

/** Quoting for the few identifiers and literals the datastore writes into SQL itself. */
public final class SqlText {

	private SqlText() {
	}

	/** A string literal's content ({@code '} doubled). */
	public static String literal(String s) {
		return s.replace("'", "''");
	}

	/** A quoted identifier; column names are checked against {@link ColumnSpec#NAME} before use. */
	public static String ident(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
