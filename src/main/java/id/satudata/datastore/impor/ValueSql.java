package id.satudata.datastore.impor;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.NumberFormat;

/**
 * SQL expressions turning a column's text into its typed value. A value that does not parse
 * becomes NULL, which is how the checks find type errors (text not empty, typed NULL). The import
 * evaluates them over projections that trim each value once ({@code v}) and normalize numbers once
 * ({@code n}): recomputing those per reference costs more than reading the file.
 */
final class ValueSql {

	private ValueSql() {
	}

	/**
	 * The trimmed text (DuckDB's TRIM: Unicode space separators), or NULL when empty. TRIM copies
	 * every value, a sixth of a clean import's time; it runs only on values that may need it: a space
	 * at either end, or any character beyond ASCII (which the other space separators are).
	 */
	static String text(String raw) {
		return "CASE WHEN starts_with(" + raw + ", ' ') OR ends_with(" + raw + ", ' ') OR strlen(" + raw + ") <> length("
				+ raw + ") THEN NULLIF(TRIM(" + raw + "), '') ELSE NULLIF(" + raw + ", '') END";
	}

	/** A number as written in the given format, rewritten in the standard form (over trimmed text). */
	static String number(String v, NumberFormat format) {
		String t = "REPLACE(" + v + ", ' ', '')";
		return switch (format) {
			case STANDAR -> t;
			case INDONESIA -> "REPLACE(REPLACE(" + t + ", '.', ''), ',', '.')";
			case INGGRIS -> "REPLACE(" + t + ", ',', '')";
		};
	}

	/**
	 * The typed value.
	 *
	 * @param v the trimmed text (NULL when empty)
	 * @param n the number rewritten in standard form (used for numeric types only)
	 */
	static String typed(ColumnSpec column, String v, String n) {
		return switch (column.type()) {
			case TEKS, KODE -> v;
			// a number with no fraction (DuckDB alone would round '12.5' to 13), exact up to 2^53
			case BILANGAN_BULAT -> wholeNumber("TRY_CAST(" + n + " AS DOUBLE)");
			// no 'inf' or 'nan' in data
			case DESIMAL -> "CASE WHEN isfinite(TRY_CAST(" + n + " AS DOUBLE)) THEN TRY_CAST(" + n + " AS DOUBLE) END";
			case TANGGAL -> "COALESCE(TRY_CAST(" + v + " AS DATE), CAST(TRY_STRPTIME(" + v
					+ ", '%d/%m/%Y') AS DATE), CAST(TRY_STRPTIME(" + v + ", '%d-%m-%Y') AS DATE))";
			case YA_TIDAK -> "CASE WHEN lower(" + v + ") IN ('ya', 'y', 'true', 'benar', '1') THEN TRUE WHEN lower(" + v
					+ ") IN ('tidak', 'n', 'false', 'salah', '0') THEN FALSE END";
		};
	}

	/** A DOUBLE with no fractional part within 2^53 as BIGINT, else NULL. */
	static String wholeNumber(String d) {
		return "CASE WHEN " + d + " = trunc(" + d + ") AND abs(" + d + ") <= " + MAX_EXACT + " THEN CAST(" + d
				+ " AS BIGINT) END";
	}

	/** Integers up to this are exact in a DOUBLE. */
	static final String MAX_EXACT = "9007199254740991";

	/** The typed value straight from untrimmed text (for one-off use such as sampling). */
	static String typedFromRaw(ColumnSpec column, String raw) {
		String v = text(raw);
		return typed(column, v, number(v, column.numberFormat()));
	}

}
