package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import id.satudata.datastore.ImportIssue;

/**
 * Where issues are in the file the user uploaded: the rows DuckDB rejected, and the line (or
 * spreadsheet row) of every record a check found. Runs only when there is something to report.
 */
final class IssueLocations {

	private IssueLocations() {
	}

	/**
	 * Rows DuckDB could not split into the header's columns (ragged rows, broken quotes), one issue
	 * per row. DuckDB's own line count skips quoted line breaks, so the line is recomputed from the
	 * row's byte position (or, for a spreadsheet, read from the row-number column).
	 */
	static void rejects(Statement s, String id, FilePreparer.Prepared prepared, Issues issues)
			throws SQLException, IOException {
		Map<Long, String[]> byPosition = new LinkedHashMap<>();
		try (ResultSet rs = s.executeQuery("SELECT line_byte_position, any_value(error_type), any_value(csv_line) FROM rej_"
				+ id + " GROUP BY line_byte_position ORDER BY line_byte_position")) {
			while (rs.next()) {
				byPosition.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
			}
		}
		if (byPosition.isEmpty()) {
			return;
		}
		Map<Long, Long> lines = prepared.rowNumbers() ? Map.of() : physicalLines(prepared.csv(), byPosition.keySet());
		for (Map.Entry<Long, String[]> e : byPosition.entrySet()) {
			String type = e.getValue()[0];
			String csvLine = e.getValue()[1];
			String key = switch (type) {
				case "MISSING COLUMNS" -> "datastore.galat.kolomKurang";
				case "TOO MANY COLUMNS" -> "datastore.galat.kolomLebih";
				case "UNQUOTED VALUE", "UNTERMINATED QUOTE" -> "datastore.galat.kutip";
				default -> "datastore.galat.barisRusak";
			};
			long line = prepared.rowNumbers() ? spreadsheetRowOf(csvLine) : lines.get(e.getKey());
			String shown = prepared.rowNumbers() && csvLine != null && csvLine.indexOf(',') >= 0
					? csvLine.substring(csvLine.indexOf(',') + 1) : csvLine;
			issues.addLocated(ImportIssue.error(line, null, shown, "struktur", key));
		}
	}

	/** 1-based line numbers of byte offsets in a file, counting every line break. */
	static Map<Long, Long> physicalLines(Path file, java.util.Collection<Long> offsets) throws IOException {
		List<Long> sorted = offsets.stream().sorted().toList();
		Map<Long, Long> lines = new HashMap<>();
		try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			long position = 0;
			long line = 1;
			int next = 0;
			int b;
			while (next < sorted.size()) {
				while (next < sorted.size() && sorted.get(next) <= position) {
					lines.put(sorted.get(next++), line);
				}
				if (next >= sorted.size() || (b = in.read()) < 0) {
					break;
				}
				if (b == '\n') {
					line++;
				}
				position++;
			}
		}
		return lines;
	}

	static long spreadsheetRowOf(String csvLine) {
		try {
			return Long.parseLong(csvLine.substring(0, csvLine.indexOf(',')).replace("\"", ""));
		}
		catch (RuntimeException e) {
			return 0;
		}
	}

	/** Gives every issue the row number the user sees in the file. */
	static List<ImportIssue> locate(Statement s, String raw, FilePreparer.Prepared prepared, Issues issues)
			throws SQLException, IOException {
		if (issues.unlocated.isEmpty()) {
			return issues.sorted();
		}
		Set<Long> needed = new HashSet<>();
		issues.unlocated.forEach(u -> needed.add(u.idx()));
		Set<Long> keyRefs = new HashSet<>();
		issues.unlocated.stream().filter(u -> "kunci".equals(u.issue().rule()))
			.forEach(u -> keyRefs.add(((Number) u.issue().args().get(1)).longValue()));
		needed.addAll(keyRefs);
		Map<Long, Long> lineOf = prepared.rowNumbers() ? spreadsheetRows(s, raw, needed)
				: csvLines(prepared, needed, issues.rejectedLines);
		for (Issues.Unlocated u : issues.unlocated) {
			ImportIssue i = u.issue();
			List<Object> args = i.args();
			if ("kunci".equals(i.rule())) {
				args = List.of(args.get(0), lineOf.getOrDefault(((Number) args.get(1)).longValue(), 0L));
			}
			issues.located.add(new ImportIssue(lineOf.getOrDefault(u.idx(), u.idx() + 1), i.column(), i.value(), i.rule(),
					i.messageKey(), args, i.severity()));
		}
		return issues.sorted();
	}

	static Map<Long, Long> spreadsheetRows(Statement s, String raw, Set<Long> needed) throws SQLException {
		Map<Long, Long> rows = new HashMap<>();
		StringBuilder in = new StringBuilder();
		needed.forEach(n -> in.append(in.isEmpty() ? "" : ",").append(n));
		try (ResultSet rs = s.executeQuery("SELECT rowid + 1, " + FilePreparer.ROW_COLUMN + " FROM " + raw
				+ " WHERE rowid + 1 IN (" + in + ")")) {
			while (rs.next()) {
				rows.put(rs.getLong(1), Long.parseLong(rs.getString(2)));
			}
		}
		return rows;
	}

	/**
	 * Line numbers of records in a CSV, counting as DuckDB does: blank lines and rejected rows are not
	 * records. Only runs when there is something to report.
	 */
	static Map<Long, Long> csvLines(FilePreparer.Prepared prepared, Set<Long> needed, Set<Long> rejected)
			throws IOException {
		Map<Long, Long> lines = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(prepared.csv(), StandardCharsets.UTF_8);
				CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(prepared.delimiter())
					.quoteCharacter('"').commentStrategy(CommentStrategy.NONE).skipEmptyLines(true)
					.allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader)) {
			long idx = 0;
			boolean header = true;
			for (CsvRecord r : records) {
				if (header) {
					header = false;
					continue;
				}
				if (rejected.contains(r.getStartingLineNumber())) {
					continue;
				}
				idx++;
				if (needed.contains(idx)) {
					lines.put(idx, r.getStartingLineNumber());
					if (lines.size() == needed.size()) {
						break;
					}
				}
			}
		}
		return lines;
	}

}
