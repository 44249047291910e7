package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.TableRule;
import id.satudata.datastore.internal.SqlText;
import id.satudata.shared.storage.FileStore;

/**
 * Evaluates {@link TableRule}s in SQL over a relation that has the schema's columns by name, typed,
 * and {@code __idx} (the record's position in the file, 1-based). The caller first counts (one
 * query per rule), then, when something was found, collects the findings with their positions.
 */
final class TableRuleChecks {

	private final Connection connection;
	private final String relation;
	private final Map<String, ColumnSpec> columns;
	private final FileStore fileStore;
	private final String id;
	private final List<String> scratchTables;

	TableRuleChecks(Connection connection, String relation, Map<String, ColumnSpec> columns, FileStore fileStore,
			String id, List<String> scratchTables) {
		this.connection = connection;
		this.relation = relation;
		this.columns = columns;
		this.fileStore = fileStore;
		this.id = id;
		this.scratchTables = scratchTables;
	}

	/** The number of findings of each rule, in order. */
	long[] count(List<TableRule> rules) throws SQLException {
		long[] counts = new long[rules.size()];
		try (Statement s = connection.createStatement()) {
			for (int i = 0; i < rules.size(); i++) {
				// total rows are not in the table: TotalChecks compares them while reading the file
				counts[i] = rules.get(i) instanceof TableRule.TotalRows ? 0
						: single(s, "SELECT count(*) FROM (" + findings(rules.get(i), i) + ")");
			}
		}
		return counts;
	}

	/** Every rule's findings, counted exactly, at most {@code issues.perRule} kept per rule. */
	void check(List<TableRule> rules, Issues issues) throws SQLException {
		try (Statement s = connection.createStatement()) {
			for (int i = 0; i < rules.size(); i++) {
				TableRule rule = rules.get(i);
				if (rule instanceof TableRule.TotalRows) {
					continue;
				}
				String findings = findings(rule, i);
				long n = single(s, "SELECT count(*) FROM (" + findings + ")");
				if (n == 0) {
					continue;
				}
				issues.count(rule.rule(), rule.severity(), n);
				try (ResultSet rs = s.executeQuery("SELECT * FROM (" + findings + ") LIMIT " + issues.perRule)) {
					while (rs.next()) {
						collect(rule, rs, issues);
					}
				}
			}
		}
	}

	/** A query returning one row per finding: {@code __idx} (NULL for findings without a row) and details. */
	private String findings(TableRule rule, int index) throws SQLException {
		if (rule instanceof TableRule.AllowedCodes r) {
			String codes = codeTable(r.codes(), index);
			String col = ident(r.column());
			return "SELECT __idx, CAST(" + col + " AS VARCHAR) AS nilai FROM " + relation + " WHERE " + col
					+ " IS NOT NULL AND CAST(" + col + " AS VARCHAR) NOT IN (SELECT kode FROM " + codes + ") ORDER BY __idx";
		}
		if (rule instanceof TableRule.Complete r) {
			String expected = expectedTable(r.expected(), index);
			String col = ident(r.column());
			if (r.groupBy().isEmpty()) {
				return "SELECT NULL::BIGINT AS __idx, e.kode AS nilai, e.label, '' AS grup FROM " + expected + " e WHERE e.kode "
						+ "NOT IN (SELECT CAST(" + col + " AS VARCHAR) FROM " + relation + " WHERE " + col
						+ " IS NOT NULL) ORDER BY e.urutan";
			}
			List<String> g = r.groupBy().stream().map(TableRuleChecks::ident).toList();
			List<String> on = new ArrayList<>();
			List<String> describe = new ArrayList<>();
			for (String name : r.groupBy()) {
				on.add("p." + ident(name) + " IS NOT DISTINCT FROM g." + ident(name));
				describe.add("'" + SqlText.literal(label(name)) + " = ' || coalesce(CAST(g." + ident(name)
						+ " AS VARCHAR), '—')");
			}
			return "WITH g AS (SELECT DISTINCT " + String.join(", ", g) + " FROM " + relation + "), p AS (SELECT DISTINCT "
					+ String.join(", ", g) + ", CAST(" + col + " AS VARCHAR) AS kode FROM " + relation + " WHERE " + col
					+ " IS NOT NULL) SELECT NULL::BIGINT AS __idx, e.kode AS nilai, e.label, concat_ws(', ', "
					+ String.join(", ", describe) + ") AS grup FROM g CROSS JOIN " + expected + " e WHERE NOT EXISTS "
					+ "(SELECT 1 FROM p WHERE p.kode = e.kode AND " + String.join(" AND ", on) + ") ORDER BY "
					+ String.join(", ", r.groupBy().stream().map(n -> "g." + ident(n)).toList()) + ", e.urutan";
		}
		if (rule instanceof TableRule.SumOfParts r) {
			String total = number(r.total());
			List<String> parts = r.parts().stream().map(this::number).toList();
			String sum = String.join(" + ", parts.stream().map(p -> "coalesce(" + p + ", 0)").toList());
			String anyPart = String.join(" OR ", parts.stream().map(p -> p + " IS NOT NULL").toList());
			return "SELECT __idx, CAST(" + ident(r.total()) + " AS VARCHAR) AS nilai, (" + sum + ") AS jumlah, " + total
					+ " AS tertulis FROM "
					+ relation + " WHERE " + total + " IS NOT NULL AND (" + anyPart + ") AND abs(" + total + " - (" + sum
					+ ")) > " + r.tolerance().toPlainString() + " ORDER BY __idx";
		}
		if (rule instanceof TableRule.ChangeLimit r) {
			String previous;
			try {
				previous = "read_parquet('" + SqlText.literal(fileStore.localPath(r.previous().storageKey()).toString()) + "')";
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			List<String> join = r.keyColumns().stream().map(k -> "CAST(c." + ident(k) + " AS VARCHAR) = CAST(p."
					+ ident(k) + " AS VARCHAR)").toList();
			List<String> perColumn = new ArrayList<>();
			for (String name : r.columns()) {
				String now = "CAST(c." + ident(name) + " AS DOUBLE)";
				String before = "CAST(p." + ident(name) + " AS DOUBLE)";
				perColumn.add("SELECT c.__idx, '" + SqlText.literal(name) + "' AS kolom, CAST(c." + ident(name)
						+ " AS VARCHAR) AS nilai, " + before + " AS sebelum, round(100 * (" + now + " - " + before + ") / abs("
						+ before + "), 1) AS persen FROM " + relation + " c JOIN " + previous + " p ON "
						+ String.join(" AND ", join) + " WHERE " + before + " IS NOT NULL AND " + before + " <> 0 AND " + now
						+ " IS NOT NULL AND abs(" + now + " - " + before + ") / abs(" + before + ") > "
						+ r.maxRelativeChange().toPlainString());
			}
			return "SELECT * FROM (" + String.join(" UNION ALL ", perColumn) + ") ORDER BY __idx, kolom";
		}
		throw new IllegalArgumentException("Unknown rule " + rule);
	}

	private void collect(TableRule rule, ResultSet rs, Issues issues) throws SQLException {
		if (rule instanceof TableRule.AllowedCodes r) {
			List<Object> args = new ArrayList<>();
			args.add(label(r.column()));
			args.addAll(r.extraArgs());
			issues.addUnlocated(rs.getLong(1), new ImportIssue(0, r.column(), rs.getString(2), r.rule(), r.messageKey(),
					args, r.severity()));
		}
		else if (rule instanceof TableRule.Complete r) {
			issues.addWhole(new ImportIssue(0, r.column(), rs.getString(2), r.rule(), r.messageKey(),
					List.of(rs.getString(3), rs.getString(4)), r.severity()));
		}
		else if (rule instanceof TableRule.SumOfParts r) {
			String parts = String.join(" + ", r.parts().stream().map(this::label).toList());
			issues.addUnlocated(rs.getLong(1), new ImportIssue(0, r.total(), rs.getString(2), r.rule(), r.messageKey(),
					List.of(label(r.total()), parts, rs.getDouble(3), rs.getDouble(4), Math.abs(rs.getDouble(4) - rs.getDouble(3))),
					r.severity()));
		}
		else if (rule instanceof TableRule.ChangeLimit r) {
			String column = rs.getString(2);
			issues.addUnlocated(rs.getLong(1), new ImportIssue(0, column, rs.getString(3), r.rule(), r.messageKey(),
					List.of(label(column), rs.getDouble(4), rs.getDouble(5)), r.severity()));
		}
	}

	private String number(String column) {
		return "CAST(" + ident(column) + " AS DOUBLE)";
	}

	private String label(String column) {
		ColumnSpec c = columns.get(column);
		return c == null ? column : c.label();
	}

	private static String ident(String column) {
		if (!ColumnSpec.NAME.matcher(column).matches()) {
			throw new IllegalArgumentException("Invalid column name: " + column);
		}
		return SqlText.ident(column);
	}

	/** A scratch table {@code table(kode)} holding the codes. */
	static void loadCodes(Connection c, String table, java.util.Set<String> codes) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE " + table + " (kode VARCHAR)");
		}
		try (DuckDBAppender appender = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
			for (String code : codes) {
				appender.beginRow();
				appender.append(code);
				appender.endRow();
			}
		}
	}

	private String codeTable(java.util.Set<String> codes, int index) throws SQLException {
		String table = "aturan_" + id + "_" + index;
		scratchTables.add(table);
		try (Statement s = connection.createStatement()) {
			s.execute("DROP TABLE IF EXISTS " + table);
		}
		loadCodes(connection, table, codes);
		return table;
	}

	private String expectedTable(Map<String, String> expected, int index) throws SQLException {
		String table = "harap_" + id + "_" + index;
		scratchTables.add(table);
		try (Statement s = connection.createStatement()) {
			s.execute("DROP TABLE IF EXISTS " + table);
			s.execute("CREATE TABLE " + table + " (kode VARCHAR, label VARCHAR, urutan INTEGER)");
		}
		try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
				table)) {
			int i = 0;
			for (Map.Entry<String, String> e : expected.entrySet()) {
				appender.beginRow();
				appender.append(e.getKey());
				appender.append(e.getValue() == null ? e.getKey() : e.getValue());
				appender.append(i++);
				appender.endRow();
			}
		}
		return table;
	}

	private static long single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
