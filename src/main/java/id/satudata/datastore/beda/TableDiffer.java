package id.satudata.datastore.beda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.TableDiff;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.shared.storage.FileStore;

/**
 * Compares two versions of a table: rows matched on key columns (compared as text, so a column
 * whose type changed still matches), values compared as text. Without key columns, whole rows are
 * the key: only additions and removals exist then.
 * <p>
 * Two periods of a table (2024 against 2025) differ in their period column on every row; such a column
 * (a date, or a whole number or text named like a period: tahun, periode, bulan, triwulan, semester,
 * tanggal) that holds one value on each side, a different one, with at least two rows on each side, is
 * not compared, so the rows of the same region match and only their figures count as changes.
 */
@Component
public class TableDiffer {

	private final DuckDb duck;
	private final FileStore fileStore;

	public TableDiffer(DuckDb duck, FileStore fileStore) {
		this.duck = duck;
		this.fileStore = fileStore;
	}

	public TableDiff diff(TableRef before, TableRef after, List<String> keyColumns, int samples) {
		Set<String> beforeNames = before.columns().stream().map(ColumnSpec::name).collect(Collectors.toSet());
		List<String> common = after.columns().stream().map(ColumnSpec::name).filter(beforeNames::contains).toList();
		List<String> keys = keyColumns.stream().filter(common::contains).toList();
		if (keys.isEmpty()) {
			keys = common;
		}
		List<String> keySet = keys;
		String a = source(after);
		String b = source(before);
		Set<String> periods = periodColumns(after, common.stream().filter(c -> !keySet.contains(c)).toList(), a, b);
		List<String> values = common.stream().filter(c -> !keySet.contains(c) && !periods.contains(c)).toList();
		String on = String.join(" AND ", keys.stream().map(k -> text("a", k) + " IS NOT DISTINCT FROM " + text("b", k)).toList());
		String differs = values.isEmpty() ? "FALSE"
				: String.join(" OR ", values.stream().map(v -> text("a", v) + " IS DISTINCT FROM " + text("b", v)).toList());
		try (Connection c = duck.connection(); Statement s = c.createStatement()) {
			long added = single(s, "SELECT count(*) FROM " + a + " a WHERE NOT EXISTS (SELECT 1 FROM " + b + " b WHERE " + on + ")");
			long removed = single(s, "SELECT count(*) FROM " + b + " b WHERE NOT EXISTS (SELECT 1 FROM " + a + " a WHERE " + on + ")");
			long changed = single(s, "SELECT count(*) FROM " + a + " a JOIN " + b + " b ON " + on + " WHERE " + differs);
			long matched = single(s, "SELECT count(*) FROM " + a + " a JOIN " + b + " b ON " + on);
			List<TableDiff.Row> rows = new ArrayList<>();
			List<TableDiff.Change> largest = new ArrayList<>();
			if (samples > 0) {
				String orderA = order("a", keys);
				String orderB = order("b", keys);
				collect(s, "SELECT a.* FROM " + a + " a WHERE NOT EXISTS (SELECT 1 FROM " + b + " b WHERE " + on + ") ORDER BY "
						+ orderA + " LIMIT " + samples, TableDiff.Kind.ADDED, keys, rows);
				collect(s, "SELECT b.* FROM " + b + " b WHERE NOT EXISTS (SELECT 1 FROM " + a + " a WHERE " + on + ") ORDER BY "
						+ orderB + " LIMIT " + samples, TableDiff.Kind.REMOVED, keys, rows);
				if (!values.isEmpty()) {
					changedRows(s, a, b, on, differs, keys, values, samples, rows);
				}
				Set<String> numeric = after.columns().stream().filter(col -> col.type().numeric()).map(ColumnSpec::name)
					.collect(Collectors.toSet());
				List<String> numbers = values.stream().filter(numeric::contains).toList();
				if (!numbers.isEmpty()) {
					largest(s, a, b, on, keys, numbers, samples, largest);
				}
			}
			return new TableDiff(keys, added, removed, changed, matched - changed, rows, largest);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot compare tables", e);
		}
	}

	private static final java.util.regex.Pattern PERIOD_NAME = java.util.regex.Pattern
		.compile("(?i)^(tahun|periode|bulan|triwulan|semester|tanggal)(_.*)?$");

	/** The columns named or typed like a period that are constant on each side and differ between them. */
	private Set<String> periodColumns(TableRef after, List<String> values, String a, String b) {
		List<String> candidates = after.columns().stream().filter(col -> values.contains(col.name()))
			.filter(col -> col.type() == id.satudata.datastore.ColumnType.TANGGAL || PERIOD_NAME.matcher(col.name()).matches())
			.map(ColumnSpec::name).toList();
		if (candidates.isEmpty()) {
			return Set.of();
		}
		String aggregates = String.join(", ", candidates.stream()
			.map(col -> "count(DISTINCT " + text("t", col) + "), min(" + text("t", col) + ")").toList());
		Set<String> periods = new java.util.HashSet<>();
		try (Connection c = duck.connection(); Statement s = c.createStatement();
				ResultSet ra = s.executeQuery("SELECT count(*), " + aggregates + " FROM " + a + " t")) {
			ra.next();
			long rowsA = ra.getLong(1);
			List<Object[]> sideA = new ArrayList<>();
			for (int i = 0; i < candidates.size(); i++) {
				sideA.add(new Object[] { ra.getLong(2 + 2 * i), ra.getString(3 + 2 * i) });
			}
			try (ResultSet rb = s.executeQuery("SELECT count(*), " + aggregates + " FROM " + b + " t")) {
				rb.next();
				long rowsB = rb.getLong(1);
				for (int i = 0; i < candidates.size(); i++) {
					long distinctB = rb.getLong(2 + 2 * i);
					String valueB = rb.getString(3 + 2 * i);
					if (rowsA >= 2 && rowsB >= 2 && (long) sideA.get(i)[0] == 1 && distinctB == 1
							&& !java.util.Objects.equals(sideA.get(i)[1], valueB)) {
						periods.add(candidates.get(i));
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot compare tables", e);
		}
		return periods;
	}

	private void collect(Statement s, String sql, TableDiff.Kind kind, List<String> keys, List<TableDiff.Row> out)
			throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= n; i++) {
					row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
				}
				Map<String, Object> key = new LinkedHashMap<>();
				keys.forEach(k -> key.put(k, row.get(k)));
				out.add(kind == TableDiff.Kind.ADDED ? new TableDiff.Row(kind, key, Map.of(), row, List.of())
						: new TableDiff.Row(kind, key, row, Map.of(), List.of()));
			}
		}
	}

	private void changedRows(Statement s, String a, String b, String on, String differs, List<String> keys,
			List<String> values, int samples, List<TableDiff.Row> out) throws SQLException {
		List<String> select = new ArrayList<>();
		keys.forEach(k -> select.add("a." + SqlText.ident(k) + " AS " + SqlText.ident("k_" + k)));
		values.forEach(v -> {
			select.add("a." + SqlText.ident(v) + " AS " + SqlText.ident("a_" + v));
			select.add("b." + SqlText.ident(v) + " AS " + SqlText.ident("b_" + v));
		});
		try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", select) + " FROM " + a + " a JOIN " + b + " b ON "
				+ on + " WHERE " + differs + " ORDER BY " + order("a", keys) + " LIMIT " + samples)) {
			while (rs.next()) {
				Map<String, Object> key = new LinkedHashMap<>();
				Map<String, Object> before = new LinkedHashMap<>();
				Map<String, Object> after = new LinkedHashMap<>();
				List<String> changed = new ArrayList<>();
				for (String k : keys) {
					key.put(k, rs.getObject("k_" + k));
				}
				for (String v : values) {
					Object now = rs.getObject("a_" + v);
					Object then = rs.getObject("b_" + v);
					after.put(v, now);
					before.put(v, then);
					if (!String.valueOf(now).equals(String.valueOf(then))) {
						changed.add(v);
					}
				}
				before.putAll(key);
				after.putAll(key);
				out.add(new TableDiff.Row(TableDiff.Kind.CHANGED, key, before, after, changed));
			}
		}
	}

	/** The changed numeric cells over all matched rows, by relative change (a change from 0 last). */
	private void largest(Statement s, String a, String b, String on, List<String> keys, List<String> numbers, int limit,
			List<TableDiff.Change> out) throws SQLException {
		List<String> parts = new ArrayList<>();
		for (String v : numbers) {
			String now = "TRY_CAST(a." + SqlText.ident(v) + " AS DOUBLE)";
			String then = "TRY_CAST(b." + SqlText.ident(v) + " AS DOUBLE)";
			List<String> select = new ArrayList<>();
			keys.forEach(k -> select.add("a." + SqlText.ident(k) + " AS " + SqlText.ident("k_" + k)));
			select.add("'" + SqlText.literal(v) + "' AS kolom_");
			select.add("a." + SqlText.ident(v) + " AS sesudah_");
			select.add("b." + SqlText.ident(v) + " AS sebelum_");
			select.add("abs(" + now + " - " + then + ") / nullif(abs(" + then + "), 0) AS relatif_");
			parts.add("SELECT " + String.join(", ", select) + " FROM " + a + " a JOIN " + b + " b ON " + on + " WHERE "
					+ now + " IS DISTINCT FROM " + then + " AND " + now + " IS NOT NULL AND " + then + " IS NOT NULL");
		}
		String sql = "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") ORDER BY relatif_ DESC NULLS LAST, kolom_ LIMIT "
				+ limit;
		try (ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				Map<String, Object> key = new LinkedHashMap<>();
				for (String k : keys) {
					key.put(k, rs.getObject("k_" + k));
				}
				double rel = rs.getDouble("relatif_");
				out.add(new TableDiff.Change(key, rs.getString("kolom_"), rs.getObject("sebelum_"), rs.getObject("sesudah_"),
						rs.wasNull() ? null : rel));
			}
		}
	}

	private String source(TableRef t) {
		try {
			return "read_parquet('" + SqlText.literal(fileStore.localPath(t.storageKey()).toString()) + "')";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(String alias, String column) {
		return "CAST(" + alias + "." + SqlText.ident(column) + " AS VARCHAR)";
	}

	private static String order(String alias, List<String> keys) {
		return String.join(", ", keys.stream().map(k -> alias + "." + SqlText.ident(k)).toList());
	}

	private static long single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
