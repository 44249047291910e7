package id.satudata.datastore.impor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.storage.TempFiles;

/**
 * The fast path of an import, for the common case of a clean file: one parallel pass from CSV to
 * Parquet (plain numbers parsed natively, every value converted strictly, any conversion failure
 * aborting the pass), then the rules checked on the Parquet file's columns. It answers only
 * "clean, here is the file" or "not clean"; for anything not clean the detailed pipeline, which
 * finds and explains every issue, takes over.
 */
@Component
public class FastImport {

	static final String FAILED = "SATUDATA_KONVERSI";

	private final DuckDb duck;
	private final TempFiles tempFiles;
	private final KodeReferensiLookup kodeReferensi;

	public FastImport(DuckDb duck, TempFiles tempFiles, KodeReferensiLookup kodeReferensi) {
		this.duck = duck;
		this.tempFiles = tempFiles;
		this.kodeReferensi = kodeReferensi;
	}

	/** The clean file's Parquet and row count, or empty when the file needs the detailed pipeline. */
	Optional<Clean> tryImport(FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] position) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		List<String> scratch = new ArrayList<>(List.of("frej_" + id, "frejs_" + id));
		Path parquet = tempFiles.newFile(".parquet");
		boolean clean = false;
		try (Connection c = duck.connection()) {
			try (Statement s = c.createStatement()) {
				s.execute("COPY (" + select(prepared, schema, position, id) + ") TO '" + SqlText.literal(parquet.toString())
						+ "' " + DuckDb.STORED_PARQUET);
			}
			catch (SQLException e) {
				// a value that does not convert (or anything else): the detailed pipeline explains it
				return Optional.empty();
			}
			try (Statement s = c.createStatement()) {
				if (single(s, "SELECT count(*) FROM frej_" + id) > 0) {
					return Optional.empty();
				}
				String source = "read_parquet('" + SqlText.literal(parquet.toString()) + "')";
				long rows = single(s, "SELECT count(*) FROM " + source);
				if (rows == 0 || !codesKnown(s, source, schema) || violations(s, source, schema)) {
					return Optional.empty();
				}
				clean = true;
				return Optional.of(new Clean(parquet, rows));
			}
		}
		catch (SQLException e) {
			return Optional.empty();
		}
		finally {
			if (!clean) {
				tempFiles.delete(parquet);
			}
			try (Connection c = duck.connection(); Statement s = c.createStatement()) {
				for (String t : scratch) {
					s.execute("DROP TABLE IF EXISTS " + t);
				}
			}
			catch (SQLException e) {
				// scratch tables vanish with the engine anyway
			}
		}
	}

	/** A clean import: its Parquet file (a scratch file the caller stores) and its rows. */
	record Clean(Path parquet, long rows) {
	}

	/** Plain numbers as native DOUBLE, the rest as text; typed values with strict conversion. */
	private static String select(FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] position, String id) {
		String[] readAs = new String[prepared.headers().size()];
		java.util.Arrays.fill(readAs, "VARCHAR");
		for (int k = 0; k < schema.size(); k++) {
			if (native_(schema.get(k))) {
				readAs[position[k]] = "DOUBLE";
			}
		}
		List<String> columns = new ArrayList<>();
		if (prepared.rowNumbers()) {
			columns.add("'" + FilePreparer.ROW_COLUMN + "': 'VARCHAR'");
		}
		StringBuilder trimmed = new StringBuilder();
		for (int i = 0; i < readAs.length; i++) {
			columns.add("'c" + i + "': '" + readAs[i] + "'");
			trimmed.append(i == 0 ? "" : ", ").append("DOUBLE".equals(readAs[i]) ? "c" + i : ValueSql.text("c" + i))
				.append(" AS v").append(i);
		}
		StringBuilder normalized = new StringBuilder("*");
		StringBuilder typed = new StringBuilder();
		for (int k = 0; k < schema.size(); k++) {
			ColumnSpec col = schema.get(k);
			String v = "v" + position[k];
			String value;
			if (col.type() == ColumnType.BILANGAN_BULAT && native_(col)) {
				value = "CASE WHEN " + v + " IS NULL THEN NULL ELSE COALESCE(" + ValueSql.wholeNumber(v) + ", error('"
						+ FAILED + "')) END";
			}
			else if (col.type() == ColumnType.DESIMAL && native_(col)) {
				value = "CASE WHEN " + v + " IS NULL OR isfinite(" + v + ") THEN " + v + " ELSE error('" + FAILED + "') END";
			}
			else if (col.type().textual()) {
				value = v;
			}
			else {
				if (col.type().numeric()) {
					normalized.append(", ").append(ValueSql.number(v, col.numberFormat())).append(" AS n").append(k);
				}
				value = "CASE WHEN " + v + " IS NULL THEN NULL ELSE COALESCE(" + ValueSql.typed(col, v, "n" + k)
						+ ", error('" + FAILED + "')) END";
			}
			if (k == 0 && prepared.endsOnly()) {
				value = "CASE WHEN " + footer(readAs) + " THEN error('" + FAILED + "') ELSE " + value + " END";
			}
			typed.append(k == 0 ? "" : ", ").append("CAST(").append(value).append(" AS ").append(col.type().sqlType())
				.append(") AS ").append(SqlText.ident(col.name()));
		}
		String source = "read_csv('" + SqlText.literal(prepared.csv().toString()) + "', header = true, delim = '"
				+ SqlText.literal(String.valueOf(prepared.delimiter())) + "', quote = '\"', escape = '\"', "
				+ "auto_detect = false, null_padding = false, strict_mode = true, max_line_size = 1048576, "
				+ "store_rejects = true, rejects_table = 'frej_" + id + "', rejects_scan = 'frejs_" + id + "', "
				+ "columns = {" + String.join(", ", columns) + "})";
		return "SELECT " + typed + " FROM (SELECT " + normalized + " FROM (SELECT " + trimmed + " FROM " + source + "))";
	}

	/**
	 * Whether a row's label (its first text cell that is not a running number, as the table shaper
	 * reads it) reads as a total or a note: such a row of a file whose middle was not read would be
	 * left out of the table, so the pass stops and the whole file is read. Cells read as numbers are
	 * passed over (never a total's label; a row whose label they are is only sent the long way).
	 */
	static String footer(String[] readAs) {
		StringBuilder label = new StringBuilder("COALESCE(");
		int texts = 0;
		for (int i = 0; i < readAs.length; i++) {
			if (!"VARCHAR".equals(readAs[i])) {
				continue;
			}
			String v = "v" + i;
			label.append(texts++ == 0 ? "" : ", ").append("CASE WHEN strlen(").append(v).append(") > 5 OR NOT regexp_full_match(")
				.append(v).append(", '[0-9]{1,4}\\.?') THEN ").append(v).append(" END");
		}
		if (texts == 0) {
			return "FALSE";
		}
		List<String> patterns = id.satudata.shared.tabular.TableShaper.footerPatterns();
		String either = "(?i)" + String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList());
		return "regexp_full_match(" + label.append(")") + ", '" + SqlText.literal(either) + "')";
	}

	/** Numbers written plainly are parsed by DuckDB's CSV reader itself. */
	private static boolean native_(ColumnSpec c) {
		return c.type().numeric() && c.numberFormat() == NumberFormat.STANDAR;
	}

	/**
	 * Whether every value of each code-list column is an active code of its list: the column's
	 * distinct values (few, even in a large file) looked up in the list Java already holds, rather
	 * than the whole list loaded into DuckDB to be joined with every row.
	 */
	private boolean codesKnown(Statement s, String source, List<ColumnSpec> schema) throws SQLException {
		for (ColumnSpec col : schema) {
			if (col.codeList() == null || col.codeList().isBlank()) {
				continue;
			}
			Set<String> codes = kodeReferensi.kodeBerlaku(col.codeList());
			String name = SqlText.ident(col.name());
			// more distinct values than the list has codes: some are not codes
			try (ResultSet rs = s.executeQuery("SELECT DISTINCT " + name + " FROM " + source + " WHERE " + name
					+ " IS NOT NULL LIMIT " + (codes.size() + 1L))) {
				while (rs.next()) {
					if (!codes.contains(rs.getString(1))) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * Whether any value breaks a required, range or pattern rule, or two rows share a key, in one scan
	 * of the written columns. Keys are compared by a 64-bit hash of their values: two different keys
	 * with the same hash (about one chance in 10^13 for a million rows) only send the file to the
	 * detailed pipeline, which compares the values themselves.
	 */
	private static boolean violations(Statement s, String source, List<ColumnSpec> schema) throws SQLException {
		List<String> conditions = new ArrayList<>();
		for (ColumnSpec col : schema) {
			String name = SqlText.ident(col.name());
			if (col.required()) {
				conditions.add(name + " IS NULL");
			}
			if (col.type().numeric() && col.min() != null) {
				conditions.add(name + " < " + col.min().toPlainString());
			}
			if (col.type().numeric() && col.max() != null) {
				conditions.add(name + " > " + col.max().toPlainString());
			}
			if (col.pattern() != null && !col.pattern().isBlank()) {
				conditions.add("NOT regexp_full_match(" + name + ", '" + SqlText.literal(col.pattern()) + "')");
			}
		}
		List<String> keys = schema.stream().filter(ColumnSpec::key).map(c -> SqlText.ident(c.name())).toList();
		List<String> counts = new ArrayList<>();
		if (!conditions.isEmpty()) {
			counts.add("count(*) FILTER (WHERE (" + String.join(") OR (", conditions) + "))");
		}
		if (!keys.isEmpty()) {
			counts.add("count(*) - count(DISTINCT hash(" + String.join(", ", keys) + "))");
		}
		if (counts.isEmpty()) {
			return false;
		}
		return single(s, "SELECT " + String.join(" + ", counts) + " FROM " + source) > 0;
	}

	private static long single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
