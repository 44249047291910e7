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

	/** Signs that mean "no number here" in BPS tables: tidak tersedia, dirahasiakan, sementara without its number. */
	static final String EMPTY_SYMBOLS = "'…', '...', 'x', 'X', 'e', 'E', '*'";

	/** The signs of nihil. */
	static final String NIHIL = "'-', '–', '—'";

	/** A number (digits, separators, sign) followed by "e" or "*": angka sementara/perkiraan. */
	static final String PROVISIONAL = "[-+]?[0-9.,]*[0-9]\\s*[eE*]";

	/**
	 * The {@link id.satudata.datastore.ValueSymbol} a trimmed text carries in the column (its name, or
	 * NULL), or the literal NULL for a column that does not read symbols.
	 */
	static String symbol(ColumnSpec column, String v) {
		if (!column.readsSymbols()) {
			return "NULL";
		}
		return "CASE WHEN " + v + " IN (" + NIHIL + ") THEN 'NIHIL' WHEN " + v + " IN ('…', '...') THEN 'TIDAK_TERSEDIA' WHEN "
				+ v + " IN ('x', 'X') THEN 'DIRAHASIAKAN' WHEN " + v + " IN ('e', 'E', '*') OR regexp_full_match(" + v
				+ ", '" + PROVISIONAL + "') THEN 'SEMENTARA' END";
	}

	/** Whether the trimmed text is a symbol meaning the cell is empty on purpose (never a type error). */
	static String emptyBySymbol(ColumnSpec column, String v) {
		return column.readsSymbols() ? "coalesce(" + v + " IN (" + EMPTY_SYMBOLS + "), FALSE)" : "FALSE";
	}

	/**
	 * The text of a number cell with what is not the number taken off: the column's unit written after
	 * it ("18.400 jiwa", "12 %"), and, when the column reads symbols, "e"/"*" after it; nihil becomes
	 * 0 and the signs of an empty cell NULL. Over trimmed text.
	 */
	static String numberText(ColumnSpec column, String v) {
		String t = v;
		String units = unitPattern(column.unit());
		if (units != null) {
			t = "regexp_replace(" + t + ", '^(.*[0-9])\\s*(?:" + units + ")$', '\\1', 'i')";
		}
		if (!column.readsSymbols()) {
			return t;
		}
		return "CASE WHEN " + v + " IN (" + NIHIL + ") THEN '0' WHEN " + v + " IN (" + EMPTY_SYMBOLS
				+ ") THEN NULL ELSE regexp_replace(" + t + ", '([0-9])\\s*[eE*]$', '\\1') END";
	}

	/**
	 * Whether a text that is not a number looks like a number followed by words (a unit that is not
	 * the column's, "18.400 orang" in a column of jiwa), so the error can say so.
	 */
	static String numberWithText(String v) {
		return "coalesce(regexp_full_match(" + v + ", '[-+]?[0-9][0-9.,]*\\s*[^0-9\\s.,].*'), FALSE)";
	}

	/** The column's unit (and its common other spelling) as an RE2 alternation of literals, or {@code null}. */
	static String unitPattern(String unit) {
		if (unit == null || unit.isBlank()) {
			return null;
		}
		String u = unit.strip();
		java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(u));
		if (u.equals("%")) {
			names.add("persen");
		}
		else if (u.equalsIgnoreCase("persen")) {
			names.add("%");
		}
		return String.join("|", names.stream().map(n -> "\\Q" + id.satudata.datastore.internal.SqlText.literal(
				n.replace("\\", "")) + "\\E").toList());
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
		// sampling proposes types from plain values: symbols and units are read only by an import
		String v = text(raw);
		return typed(column, v, number(v, column.numberFormat()));
	}

}
