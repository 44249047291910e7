package id.satudata.datastore;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One column of a table's schema and the rules its values must follow.
 *
 * @param name identifier (lower case, digits, underscore), the column's name in files, APIs and SQL
 * @param label the human label
 * @param type the value type
 * @param unit unit of measure (satuan), or {@code null}
 * @param codeList the Kode Referensi list values must come from, or {@code null}
 * @param required empty values are errors
 * @param min smallest allowed number, or {@code null}
 * @param max largest allowed number, or {@code null}
 * @param pattern a regular expression the whole value must match, or {@code null}
 * @param numberFormat how numbers are written in uploads
 * @param key part of the key that identifies a row (key columns together must be unique)
 * @param symbols a numeric column reads BPS value symbols ({@link ValueSymbol}: "-" nihil, "…" tidak tersedia,
 *        "x" dirahasiakan, "1.234e" sementara); on unless turned off ({@code null}, as in schemas stored before
 *        the setting, is on)
 */
public record ColumnSpec(String name, String label, ColumnType type, String unit, String codeList, boolean required,
		BigDecimal min, BigDecimal max, String pattern, NumberFormat numberFormat, boolean key, Boolean symbols) {

	public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	public ColumnSpec {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid column name: " + name);
		}
		if (type == null) {
			throw new IllegalArgumentException("Column type is required");
		}
		label = label == null || label.isBlank() ? name : label;
		numberFormat = numberFormat == null ? NumberFormat.STANDAR : numberFormat;
		min = plain(min);
		max = plain(max);
		symbols = symbols == null || symbols;
	}

	/** A column that reads BPS value symbols (the default). */
	public ColumnSpec(String name, String label, ColumnType type, String unit, String codeList, boolean required,
			BigDecimal min, BigDecimal max, String pattern, NumberFormat numberFormat, boolean key) {
		this(name, label, type, unit, codeList, required, min, max, pattern, numberFormat, key, true);
	}

	/** Whether BPS value symbols are read in this column's cells (numeric columns only). */
	public boolean readsSymbols() {
		return type.numeric() && Boolean.TRUE.equals(symbols);
	}

	/**
	 * A bound as people write it: no trailing zeros and never an exponent, so the database's
	 * {@code 0.0000000000} (printed {@code 0E-10}) is {@code 0} and {@code 100.0000000000} is {@code 100};
	 * its {@code toString()} equals its {@code toPlainString()}.
	 */
	public static BigDecimal plain(BigDecimal n) {
		if (n == null) {
			return null;
		}
		BigDecimal s = n.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

	/** {@link #plain(BigDecimal)} as text; empty for {@code null}. */
	public static String plainText(BigDecimal n) {
		return n == null ? "" : plain(n).toPlainString();
	}

	public static ColumnSpec of(String name, String label, ColumnType type) {
		return new ColumnSpec(name, label, type, null, null, false, null, null, null, NumberFormat.STANDAR, false);
	}

	/** Turns a header as people write it ("Jumlah Penduduk (jiwa)") into a column name ("jumlah_penduduk_jiwa"). */
	public static String normalizeName(String header) {
		String n = header == null ? "" : header.strip().toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (n.isEmpty()) {
			return "kolom";
		}
		if (!Character.isLetter(n.charAt(0))) {
			n = "k_" + n;
		}
		return n.length() > 63 ? n.substring(0, 63) : n;
	}

	public ColumnSpec withKey(boolean isKey) {
		return new ColumnSpec(name, label, type, unit, codeList, required, min, max, pattern, numberFormat, isKey, symbols);
	}

	public ColumnSpec withSymbols(boolean on) {
		return new ColumnSpec(name, label, type, unit, codeList, required, min, max, pattern, numberFormat, key, on);
	}

}
