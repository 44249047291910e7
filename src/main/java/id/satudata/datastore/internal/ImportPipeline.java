package id.satudata.datastore.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Severity;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFileException;

/**
 * Imports an upload into a typed, validated table. DuckDB reads the file once (every value as
 * text), one aggregate pass counts every rule's failures, a detail query per failing rule finds the
 * rows, and only when there is no error is the typed table written as Parquet. Nothing is stored on
 * failure; scratch tables and files are removed either way.
 */
@Component
class ImportPipeline {

	private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

	static final String AREA = "tabel";

	/** One check: a rule on a column, as a SQL condition over the raw table. */
	private record Check(ColumnSpec column, String rawColumn, String rule, String condition, String messageKey,
			Object[] args) {
	}

	private final DuckDb duck;
	private final FilePreparer preparer;
	private final FileStore fileStore;
	private final TempFiles tempFiles;
	private final KodeReferensiLookup kodeReferensi;
	private final DatastoreProperties properties;
	private final FastImport fastImport;

	ImportPipeline(DuckDb duck, FilePreparer preparer, FileStore fileStore, TempFiles tempFiles,
			KodeReferensiLookup kodeReferensi, DatastoreProperties properties, FastImport fastImport) {
		this.fastImport = fastImport;
		this.duck = duck;
		this.preparer = preparer;
		this.fileStore = fileStore;
		this.tempFiles = tempFiles;
		this.kodeReferensi = kodeReferensi;
		this.properties = properties;
	}

	ImportResult run(Path file, List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options) {
		long started = System.nanoTime();
		// a CSV without a byte-order mark is read as UTF-8 and DuckDB validates it on the way
		FilePreparer.Prepared prepared = preparer.prepare(file, options, false);
		try {
			HeaderMatch.Result header = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
			if (!header.ok()) {
				return result(null, header.issues(), 0, prepared);
			}
			// most files are clean: one pass to Parquet, checks on its columns
			Optional<FastImport.Clean> clean = fastImport.tryImport(prepared, schema, header.positionOf());
			if (clean.isPresent() && !rulesFind(clean.get().parquet(), schema, rules)) {
				return stored(clean.get().parquet(), clean.get().rows(), schema, prepared, options, started, null);
			}
			clean.ifPresent(c -> tempFiles.delete(c.parquet()));
			// anything else: the detailed pipeline finds and explains every issue
			ImportResult result = attempt(prepared, schema, rules, options, started);
			if (result != null) {
				return result;
			}
		}
		finally {
			preparer.cleanup(prepared);
		}
		// it was not UTF-8: detect the encoding (Windows-1252 from Excel), transcode, read again
		prepared = preparer.prepare(file, options, true);
		try {
			ImportResult result = attempt(prepared, schema, rules, options, started);
			if (result == null) {
				throw new TabularFileException("datastore.galat.encoding");
			}
			return result;
		}
		finally {
			preparer.cleanup(prepared);
		}
	}

	/** Whether any table rule finds something in a clean file (then the detailed pipeline reports it). */
	private boolean rulesFind(Path parquet, List<ColumnSpec> schema, List<TableRule> rules) {
		if (rules.isEmpty()) {
			return false;
		}
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		List<String> scratch = new ArrayList<>();
		try (Connection c = duck.connection()) {
			String relation = "(SELECT file_row_number + 1 AS __idx, * EXCLUDE (file_row_number) FROM read_parquet('"
					+ SqlText.literal(parquet.toString()) + "', file_row_number = true))";
			long[] counts = new TableRuleChecks(c, relation, byName(schema), fileStore, id, scratch).count(rules);
			return java.util.Arrays.stream(counts).anyMatch(n -> n > 0);
		}
		catch (SQLException e) {
			throw translate(e);
		}
		finally {
			dropQuietly(scratch);
		}
	}

	private static Map<String, ColumnSpec> byName(List<ColumnSpec> schema) {
		Map<String, ColumnSpec> m = new LinkedHashMap<>();
		schema.forEach(c -> m.put(c.name(), c));
		return m;
	}

	private int perRule(ImportOptions options) {
		return options.issuesPerRule() > 0 ? options.issuesPerRule() : properties.issuesPerRule();
	}

	/** One try at importing; {@code null} when the text turned out not to be UTF-8. */
	private ImportResult attempt(FilePreparer.Prepared prepared, List<ColumnSpec> schema, List<TableRule> rules,
			ImportOptions options, long started) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String raw = "imp_" + id;
		List<String> scratchTables = new ArrayList<>(List.of(raw, "rej_" + id, "rejs_" + id));
		Path parquet = null;
		try (Connection c = duck.connection(); Statement s = c.createStatement()) {
			HeaderMatch.Result header = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
			if (!header.ok()) {
				return result(null, header.issues(), 0, prepared);
			}
			long rows = load(s, prepared, schema, header.positionOf(), raw, id);
			if (hasInvalidEncoding(s, id)) {
				return null;
			}
			long maxRows = options.maxRows() > 0 ? options.maxRows() : properties.maxImportRows();
			if (rows > maxRows) {
				throw new TabularFileException("tabular.galat.terlaluBanyakBaris", maxRows);
			}
			if (rows == 0 && countRejects(s, id) == 0) {
				return result(null, List.of(ImportIssue.error(2, null, null, "struktur", "datastore.galat.tanpaData")),
						0, prepared);
			}
			Issues issues = new Issues(perRule(options));
			rejects(s, id, prepared, issues);
			List<Check> checks = checks(schema, header.positionOf(), c, id, scratchTables);
			runChecks(s, raw, checks, issues);
			keys(s, raw, schema, header.positionOf(), issues);
			if (!rules.isEmpty()) {
				String relation = "(SELECT rowid + 1 AS __idx, " + typedColumns(schema) + " FROM " + raw + ")";
				new TableRuleChecks(c, relation, byName(schema), fileStore, id, scratchTables).check(rules, issues);
			}
			List<ImportIssue> located = locate(s, raw, prepared, issues);
			if (issues.errors > 0) {
				return new ImportResult(null, located, issues.counts, issues.errors, issues.warnings, rows,
						prepared.info());
			}
			parquet = tempFiles.newFile(".parquet");
			s.execute("COPY (SELECT " + typedColumns(schema) + " FROM " + raw + ") TO '"
					+ SqlText.literal(parquet.toString()) + "' " + DuckDb.STORED_PARQUET);
			ImportResult stored = stored(parquet, rows, schema, prepared, options, started,
					new ImportResult(null, located, issues.counts, 0, issues.warnings, rows, prepared.info()));
			parquet = null;
			return stored;
		}
		catch (SQLException e) {
			throw translate(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			dropQuietly(scratchTables);
			tempFiles.delete(parquet);
		}
	}

	/**
	 * Stores a table's Parquet file (rows in file order; the row number is its position), with the
	 * warnings found on the way ({@code warnings}, or none).
	 */
	private ImportResult stored(Path parquet, long rows, List<ColumnSpec> schema, FilePreparer.Prepared prepared,
			ImportOptions options, long started, ImportResult warnings) {
		long maxRows = options.maxRows() > 0 ? options.maxRows() : properties.maxImportRows();
		if (rows > maxRows) {
			tempFiles.delete(parquet);
			throw new TabularFileException("tabular.galat.terlaluBanyakBaris", maxRows);
		}
		String key;
		try {
			key = fileStore.storeFile(AREA, parquet);
		}
		catch (IOException e) {
			tempFiles.delete(parquet);
			throw new UncheckedIOException(e);
		}
		log.info("Imported {} rows into {} in {} ms", rows, key, (System.nanoTime() - started) / 1_000_000);
		if (warnings != null) {
			return new ImportResult(new TableRef(key, schema, rows), warnings.issues(), warnings.issueCounts(), 0,
					warnings.warningCount(), rows, prepared.info());
		}
		return new ImportResult(new TableRef(key, schema, rows), List.of(), Map.of(), 0, 0, rows, prepared.info());
	}

	/**
	 * Loads the CSV in one parallel pass: every column's trimmed text ({@code v0..vn}, NULL when
	 * empty) and every schema column's typed value ({@code t0..tk}), so the checks compare the two and
	 * the Parquet file is written from the typed ones without parsing again. The table's rowid is the
	 * record's order in the file.
	 */
	private long load(Statement s, FilePreparer.Prepared prepared, List<ColumnSpec> schema, int[] position, String raw,
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
				normalized.append(", ").append(ValueSql.number(v, col.numberFormat())).append(" AS n").append(k);
			}
			typed.append(k == 0 ? "" : ", ").append("CAST(").append(ValueSql.typed(col, v, "n" + k)).append(" AS ")
				.append(col.type().sqlType()).append(") AS t").append(k);
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

	private static boolean hasInvalidEncoding(Statement s, String id) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM rej_" + id + " WHERE error_type = 'INVALID ENCODING'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	private static String columnsStruct(List<String> quotedNames) {
		StringBuilder sb = new StringBuilder();
		for (String n : quotedNames) {
			if (!sb.isEmpty()) {
				sb.append(", ");
			}
			sb.append(n).append(": 'VARCHAR'");
		}
		return sb.toString();
	}

	private static long countRejects(Statement s, String id) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT count(*) FROM rej_" + id)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Rows DuckDB could not split into the header's columns (ragged rows, broken quotes), one issue
	 * per row. DuckDB's own line count skips quoted line breaks, so the line is recomputed from the
	 * row's byte position (or, for a spreadsheet, read from the row-number column).
	 */
	private static void rejects(Statement s, String id, FilePreparer.Prepared prepared, Issues issues)
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
	private static Map<Long, Long> physicalLines(Path file, java.util.Collection<Long> offsets) throws IOException {
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

	private static long spreadsheetRowOf(String csvLine) {
		try {
			return Long.parseLong(csvLine.substring(0, csvLine.indexOf(',')).replace("\"", ""));
		}
		catch (RuntimeException e) {
			return 0;
		}
	}

	private List<Check> checks(List<ColumnSpec> schema, int[] position, Connection c, String id,
			List<String> scratchTables) throws SQLException {
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
			if (!col.type().textual()) {
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
				String table = codeTables.computeIfAbsent(col.codeList(), list -> loadCodes(c, list, id, scratchTables));
				checks.add(new Check(col, raw, "kodeReferensi", text + " IS NOT NULL AND " + text + " NOT IN (SELECT kode FROM "
						+ table + ")", "datastore.galat.kodeReferensi", new Object[] { col.label(), col.codeList() }));
			}
		}
		return checks;
	}

	/** Puts a Kode Referensi list's codes in force into a scratch table for the membership check. */
	private String loadCodes(Connection c, String list, String id, List<String> scratchTables) {
		String table = "kode_" + id + "_" + scratchTables.size();
		scratchTables.add(table);
		try {
			TableRuleChecks.loadCodes(c, table, kodeReferensi.activeCodes(list));
		}
		catch (SQLException e) {
			throw translate(e);
		}
		return table;
	}

	/** One pass counting every check's failures, then the failing rows of each failing check. */
	private static void runChecks(Statement s, String raw, List<Check> checks, Issues issues) throws SQLException {
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

	/** Rows whose key columns repeat an earlier row's. */
	private static void keys(Statement s, String raw, List<ColumnSpec> schema, int[] position, Issues issues)
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

	/** Gives every issue the row number the user sees in the file. */
	private static List<ImportIssue> locate(Statement s, String raw, FilePreparer.Prepared prepared, Issues issues)
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

	private static Map<Long, Long> spreadsheetRows(Statement s, String raw, Set<Long> needed) throws SQLException {
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
	private static Map<Long, Long> csvLines(FilePreparer.Prepared prepared, Set<Long> needed, Set<Long> rejected)
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

	private static String typedColumns(List<ColumnSpec> schema) {
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < schema.size(); k++) {
			sb.append(k == 0 ? "" : ", ").append("t").append(k).append(" AS ").append(SqlText.ident(schema.get(k).name()));
		}
		return sb.toString();
	}

	private ImportResult result(TableRef table, List<ImportIssue> issues, long rows,
			FilePreparer.Prepared prepared) {
		Map<String, Long> counts = new LinkedHashMap<>();
		issues.forEach(i -> counts.merge(i.rule() + "/" + i.severity(), 1L, Long::sum));
		long errors = issues.stream().filter(i -> i.severity() == Severity.GALAT).count();
		return new ImportResult(table, issues, counts, errors, issues.size() - errors, rows, prepared.info());
	}

	private void dropQuietly(List<String> tables) {
		try (Connection c = duck.connection(); Statement s = c.createStatement()) {
			for (String t : tables) {
				s.execute("DROP TABLE IF EXISTS " + t);
			}
		}
		catch (SQLException e) {
			log.warn("Could not drop scratch tables: {}", e.getMessage());
		}
	}

	static RuntimeException translate(SQLException e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("Invalid Input Error") && message.contains("CSV")) {
			return new TabularFileException("datastore.galat.csvTidakTerbaca");
		}
		if (message.contains("Out of Memory")) {
			return new TabularFileException("datastore.galat.memori");
		}
		return new IllegalStateException("Datastore import failed", e);
	}

	/** Issues being collected: exact counts, a bounded sample per rule. */
	static final class Issues {

		record Unlocated(long idx, ImportIssue issue) {
		}

		final int perRule;
		final Map<String, Long> counts = new LinkedHashMap<>();
		final List<ImportIssue> located = new ArrayList<>();
		final List<Unlocated> unlocated = new ArrayList<>();
		final Set<Long> rejectedLines = new HashSet<>();
		private final Map<String, Integer> kept = new HashMap<>();
		long errors;
		long warnings;

		Issues(int perRule) {
			this.perRule = perRule;
		}

		void count(String rule, Severity severity, long n) {
			counts.merge(rule + "/" + severity, n, Long::sum);
			if (severity == Severity.GALAT) {
				errors += n;
			}
			else {
				warnings += n;
			}
		}

		void addLocated(ImportIssue issue) {
			count(issue.rule(), issue.severity(), 1);
			rejectedLines.add(issue.row());
			keep(issue);
		}

		void addUnlocated(long idx, ImportIssue issue) {
			unlocated.add(new Unlocated(idx, issue));
		}

		/** An issue of the whole table (no row), already counted. */
		void addWhole(ImportIssue issue) {
			keep(issue);
		}

		private void keep(ImportIssue issue) {
			if (kept.merge(issue.rule(), 1, Integer::sum) <= perRule) {
				located.add(issue);
			}
		}

		List<ImportIssue> sorted() {
			List<ImportIssue> all = new ArrayList<>(located);
			all.sort(Comparator.comparingLong(ImportIssue::row).thenComparing(i -> i.column() == null ? "" : i.column()));
			return all;
		}

	}

}
