package id.satudata.datastore.impor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.Severity;
import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.ValueSymbol;
import id.satudata.datastore.internal.SqlText;
import id.satudata.referensi.KodeReferensiLookup;

/**
 * The schema's rules on each column (required, type, range, pattern, Kode Referensi) and key
 * uniqueness, checked over the raw table: one pass counts every check's failures, then a query per
 * failing check finds its rows.
 */
final class ColumnChecks {

	private ColumnChecks() {
	}

	/** One check: a rule on a column, as a SQL condition over the raw table. */
	record Check(ColumnSpec column, String rawColumn, String rule, String condition, String messageKey,
			Object[] args) {
	}

	static List<Check> checks(List<ColumnSpec> schema, int[] position, Connection c, String id,
			List<String> scratchTables, KodeReferensiLookup kodeReferensi) throws SQLException {
		List<Check> checks = new ArrayList<>();
		Map<String, String> codeTables = new HashMap<>();
		for (int k = 0; k < schema.size(); k++) {
			ColumnSpec col = schema.get(k);
			String raw = "v" + position[k];
			String text = raw;
			String typed = "t" + k;
			if (col.required()) {
				checks.add(new Check(col, raw, "wajib", text + " IS NULL", "datastore.galat.wajib", new Object[] { col.label() }));
			}
			if (col.type().numeric()) {
				// a number followed by words that are not the column's unit: say so rather than "not a number"
				String notNumber = text + " IS NOT NULL AND (" + typed + ") IS NULL AND NOT " + ValueSql.emptyBySymbol(col, text);
				String withText = ValueSql.numberWithText(text) + (col.readsSymbols() ? " AND s" + k + " IS NULL" : "");
				checks.add(new Check(col, raw, "tipe", notNumber + " AND NOT (" + withText + ")",
						"datastore.galat.tipe." + col.type().name(), new Object[] { col.label() }));
				boolean unit = col.unit() != null && !col.unit().isBlank();
				checks.add(new Check(col, raw, "satuan", notNumber + " AND " + withText,
						unit ? "datastore.galat.satuan" : "datastore.galat.satuanTanpa",
						unit ? new Object[] { col.label(), col.unit().strip() } : new Object[] { col.label() }));
			}
			else if (!col.type().textual()) {
				checks.add(new Check(col, raw, "tipe", text + " IS NOT NULL AND (" + typed + ") IS NULL",
						"datastore.galat.tipe." + col.type().name(), new Object[] { col.label() }));
			}
			if (col.type().numeric() && (col.min() != null || col.max() != null)) {
				List<String> bounds = new ArrayList<>();
				if (col.min() != null) {
					bounds.add("(" + typed + ") < " + col.min().toPlainString());
				}
				if (col.max() != null) {
					bounds.add("(" + typed + ") > " + col.max().toPlainString());
				}
				checks.add(new Check(col, raw, "rentang", "(" + typed + ") IS NOT NULL AND (" + String.join(" OR ", bounds) + ")",
						"datastore.galat.rentang", new Object[] { col.label(),
								col.min() == null ? "−∞" : col.min().toPlainString(),
								col.max() == null ? "∞" : col.max().toPlainString() }));
			}
			if (col.pattern() != null && !col.pattern().isBlank()) {
				checks.add(new Check(col, raw, "pola", text + " IS NOT NULL AND NOT regexp_full_match(" + text + ", '"
						+ SqlText.literal(col.pattern()) + "')", "datastore.galat.pola",
						new Object[] { col.label(), col.pattern() }));
			}
			if (col.codeList() != null && !col.codeList().isBlank()) {
				String table = codeTables.computeIfAbsent(col.codeList(), list -> loadCodes(c, list, id, scratchTables, kodeReferensi));
				checks.add(new Check(col, raw, "kodeReferensi", text + " IS NOT NULL AND " + text + " NOT IN (SELECT kode FROM "
						+ table + ")", "datastore.galat.kodeReferensi", new Object[] { col.label(), col.codeList() }));
			}
		}
		return checks;
	}

	/** Puts a Kode Referensi list's codes in force into a scratch table for the membership check. */
	private static String loadCodes(Connection c, String list, String id, List<String> scratchTables,
			KodeReferensiLookup kodeReferensi) {
		String table = "kode_" + id + "_" + scratchTables.size();
		scratchTables.add(table);
		try {
			TableRuleChecks.loadCodes(c, table, kodeReferensi.kodeBerlaku(list));
		}
		catch (SQLException e) {
			throw ImportPipeline.translate(e);
		}
		return table;
	}

	/** One pass counting every check's failures, then the failing rows of each failing check. */
	static void runChecks(Statement s, String raw, List<Check> checks, Issues issues) throws SQLException {
		if (checks.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < checks.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(checks.get(i).condition()).append(")");
		}
		long[] failures = new long[checks.size()];
		try (ResultSet rs = s.executeQuery(sql.append(" FROM ").append(raw).toString())) {
			rs.next();
			for (int i = 0; i < checks.size(); i++) {
				failures[i] = rs.getLong(i + 1);
			}
		}
		for (int i = 0; i < checks.size(); i++) {
			if (failures[i] == 0) {
				continue;
			}
			Check check = checks.get(i);
			issues.count(check.rule(), Severity.GALAT, failures[i]);
			try (ResultSet rs = s.executeQuery("SELECT rowid + 1 AS __idx, " + check.rawColumn() + " FROM " + raw
					+ " WHERE " + check.condition() + " ORDER BY __idx LIMIT " + issues.perRule)) {
				while (rs.next()) {
					issues.addUnlocated(rs.getLong(1), new ImportIssue(0, check.column().name(), rs.getString(2),
							check.rule(), check.messageKey(), List.of(check.args()), Severity.GALAT));
				}
			}
		}
	}

	/**
	 * The BPS value symbols of the columns that read them: every cell counted per column and symbol in
	 * one pass, and the flagged cells (dirahasiakan, sementara) by their row's position in the table.
	 */
	static SymbolSummary symbols(Statement s, String raw, List<ColumnSpec> schema) throws SQLException {
		List<Integer> columns = new ArrayList<>();
		for (int k = 0; k < schema.size(); k++) {
			if (schema.get(k).readsSymbols()) {
				columns.add(k);
			}
		}
		if (columns.isEmpty()) {
			return SymbolSummary.NONE;
		}
		ValueSymbol[] symbols = ValueSymbol.values();
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < columns.size(); i++) {
			for (int j = 0; j < symbols.length; j++) {
				sql.append(i + j == 0 ? "" : ", ").append("count(*) FILTER (WHERE s").append(columns.get(i)).append(" = '")
					.append(symbols[j].name()).append("')");
			}
		}
		Map<String, Map<ValueSymbol, Long>> counts = new LinkedHashMap<>();
		boolean anyFlagged = false;
		try (ResultSet rs = s.executeQuery(sql.append(" FROM ").append(raw).toString())) {
			rs.next();
			int at = 1;
			for (int k : columns) {
				Map<ValueSymbol, Long> m = new EnumMap<>(ValueSymbol.class);
				for (ValueSymbol symbol : symbols) {
					long n = rs.getLong(at++);
					if (n > 0) {
						m.put(symbol, n);
						anyFlagged |= symbol.flagged();
					}
				}
				if (!m.isEmpty()) {
					counts.put(schema.get(k).name(), m);
				}
			}
		}
		List<SymbolSummary.Cell> cells = new ArrayList<>();
		if (anyFlagged) {
			List<String> parts = new ArrayList<>();
			for (int k : columns) {
				if (counts.containsKey(schema.get(k).name())) {
					parts.add("SELECT rowid + 1 AS baris, " + k + " AS urutan, s" + k + " AS simbol FROM " + raw + " WHERE s" + k
							+ " IN ('DIRAHASIAKAN', 'SEMENTARA')");
				}
			}
			try (ResultSet rs = s.executeQuery("SELECT * FROM (" + String.join(" UNION ALL ", parts)
					+ ") ORDER BY baris, urutan LIMIT " + SymbolSummary.MAX_CELLS)) {
				while (rs.next()) {
					cells.add(new SymbolSummary.Cell(rs.getLong(1), schema.get(rs.getInt(2)).name(),
							ValueSymbol.valueOf(rs.getString(3))));
				}
			}
		}
		return new SymbolSummary(counts, cells);
	}

	/** Rows whose key columns repeat an earlier row's. */
	static void keys(Statement s, String raw, List<ColumnSpec> schema, int[] position, Issues issues)
			throws SQLException {
		List<String> keyExprs = new ArrayList<>();
		List<String> keyNames = new ArrayList<>();
		for (int k = 0; k < schema.size(); k++) {
			if (schema.get(k).key()) {
				keyExprs.add("v" + position[k]);
				keyNames.add(schema.get(k).name());
			}
		}
		if (keyExprs.isEmpty()) {
			return;
		}
		String keys = String.join(", ", keyExprs);
		try (ResultSet rs = s.executeQuery("SELECT sum(n - 1) FROM (SELECT count(*) AS n FROM " + raw + " GROUP BY "
				+ keys + " HAVING count(*) > 1)")) {
			rs.next();
			long duplicates = rs.getLong(1);
			if (duplicates == 0) {
				return;
			}
			issues.count("kunci", Severity.GALAT, duplicates);
		}
		try (ResultSet rs = s.executeQuery("SELECT rowid + 1 AS __idx, first_value(rowid + 1) OVER w AS pertama, "
				+ "concat_ws(' · ', " + keys + ") FROM " + raw + " WINDOW w AS (PARTITION BY " + keys + " ORDER BY rowid) "
				+ "QUALIFY count(*) OVER (PARTITION BY " + keys + ") > 1 AND __idx <> pertama ORDER BY __idx LIMIT "
				+ issues.perRule)) {
			while (rs.next()) {
				issues.addUnlocated(rs.getLong(1), new ImportIssue(0, String.join(", ", keyNames), rs.getString(3),
						"kunci", "datastore.galat.kunci", List.of(String.join(", ", keyNames), rs.getLong(2)),
						Severity.GALAT));
			}
		}
	}

}
