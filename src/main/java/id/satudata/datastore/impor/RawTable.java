package id.satudata.datastore.impor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.internal.SqlText;

/**
 * The detailed pipeline's scratch table: the file read once by DuckDB into every column's trimmed
 * text and every schema column's typed value, and what DuckDB could not read of it.
 */
final class RawTable {

	private RawTable() {
	}

	/**
	 * Loads the CSV in one parallel pass: every column's trimmed text ({@code v0..vn}, NULL when
	 * empty) and every schema column's typed value ({@code t0..tk}) and, for a column reading BPS value symbols, the
	 * symbol of each cell ({@code sk}, NULL when none), so the checks compare the two and
	 * the Parquet file is written from the typed ones without parsing again. The table's rowid is the
	 * record's order in the file.
	 */
	static long load(Statement s, FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] position, String raw,
			String id) throws SQLException {
		List<String> names = new ArrayList<>();
		StringBuilder trimmed = new StringBuilder();
		if (prepared.rowNumbers()) {
			names.add("'" + FilePreparer.ROW_COLUMN + "'");
			trimmed.append(FilePreparer.ROW_COLUMN).append(", ");
		}
		for (int i = 0; i < prepared.headers().size(); i++) {
			names.add("'c" + i + "'");
			trimmed.append(i == 0 ? "" : ", ").append(ValueSql.text("c" + i)).append(" AS v").append(i);
		}
		StringBuilder normalized = new StringBuilder("*");
		StringBuilder typed = new StringBuilder(prepared.rowNumbers() ? FilePreparer.ROW_COLUMN + ", " : "");
		for (int i = 0; i < prepared.headers().size(); i++) {
			typed.append("v").append(i).append(", ");
		}
		for (int k = 0; k < schema.size(); k++) {
			ColumnSpec col = schema.get(k);
			String v = "v" + position[k];
			if (col.type().numeric()) {
				normalized.append(", ").append(ValueSql.number(ValueSql.numberText(col, v), col.numberFormat()))
					.append(" AS n").append(k);
			}
			typed.append(k == 0 ? "" : ", ").append("CAST(").append(ValueSql.typed(col, v, "n" + k)).append(" AS ")
				.append(col.type().sqlType()).append(") AS t").append(k);
		}
		for (int k = 0; k < schema.size(); k++) {
			if (schema.get(k).readsSymbols()) {
				typed.append(", ").append(ValueSql.symbol(schema.get(k), "v" + position[k])).append(" AS s").append(k);
			}
		}
		String source = "read_csv('" + SqlText.literal(prepared.csv().toString()) + "', header = true, delim = '"
				+ SqlText.literal(String.valueOf(prepared.delimiter())) + "', quote = '\"', escape = '\"', "
				+ "all_varchar = true, auto_detect = false, null_padding = false, strict_mode = true, "
				+ "max_line_size = 1048576, store_rejects = true, rejects_table = 'rej_" + id + "', rejects_scan = 'rejs_"
				+ id + "', columns = {" + columnsStruct(names) + "})";
		s.execute("CREATE TABLE " + raw + " AS SELECT " + typed + " FROM (SELECT " + normalized + " FROM (SELECT "
				+ trimmed + " FROM " + source + "))");
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + raw)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static boolean hasInvalidEncoding(Statement s, String id) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM rej_" + id + " WHERE error_type = 'INVALID ENCODING'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	static String columnsStruct(List<String> quotedNames) {
		StringBuilder sb = new StringBuilder();
		for (String n : quotedNames) {
			if (!sb.isEmpty()) {
				sb.append(", ");
			}
			sb.append(n).append(": 'VARCHAR'");
		}
		return sb.toString();
	}

	static long countRejects(Statement s, String id) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM rej_" + id)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String typedColumns(List<ColumnSpec> schema) {
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < schema.size(); k++) {
			sb.append(k == 0 ? "" : ", ").append("t").append(k).append(" AS ").append(SqlText.ident(schema.get(k).name()));
		}
		return sb.toString();
	}

}
