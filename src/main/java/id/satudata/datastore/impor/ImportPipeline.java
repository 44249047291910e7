package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Severity;
import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TabularFileException;

/**
 * Imports an upload into a typed, validated table. DuckDB reads the file once (every value as
 * text), one aggregate pass counts every rule's failures, a detail query per failing rule finds the
 * rows, and only when there is no error is the typed table written as Parquet. Nothing is stored on
 * failure; scratch tables and files are removed either way. A clean file takes {@link FastImport}'s
 * single pass; the detailed pipeline reads it into a {@link RawTable}, runs {@link ColumnChecks} and
 * {@link TableRuleChecks}, and {@link IssueLocations} names each issue's line.
 */
@Component
public class ImportPipeline {

	private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

	static final String AREA = "tabel";

	private final DuckDb duck;
	private final FilePreparer preparer;
	private final FileStore fileStore;
	private final TempFiles tempFiles;
	private final KodeReferensiLookup kodeReferensi;
	private final DatastoreProperties properties;
	private final FastImport fastImport;
	private final NameColumns nameColumns;
	private final Reshaper reshaper;

	public ImportPipeline(DuckDb duck, FilePreparer preparer, FileStore fileStore, TempFiles tempFiles,
			KodeReferensiLookup kodeReferensi, DatastoreProperties properties, FastImport fastImport,
			NameColumns nameColumns, Reshaper reshaper) {
		this.reshaper = reshaper;
		this.fastImport = fastImport;
		this.nameColumns = nameColumns;
		this.duck = duck;
		this.preparer = preparer;
		this.fileStore = fileStore;
		this.tempFiles = tempFiles;
		this.kodeReferensi = kodeReferensi;
		this.properties = properties;
	}

	public ImportResult run(Path file, List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options) {
		long started = System.nanoTime();
		// a CSV without a byte-order mark is read as UTF-8 and DuckDB validates it on the way; a large one
		// whose head and tail show a plain table is not read whole before DuckDB reads it
		FilePreparer.Prepared prepared = preparer.prepare(file, options, false, true, inPass(schema, rules, options));
		if (prepared.endsOnly()) {
			try {
				Optional<ImportResult> plain = plainAndClean(prepared, schema, rules, options, started);
				if (plain.isPresent()) {
					return plain.get();
				}
			}
			finally {
				preparer.cleanup(prepared);
			}
			// anything to explain or to reshape: the whole file's table found first, as for any file
			prepared = preparer.prepare(file, options, false, inPass(schema, rules, options));
		}
		Optional<Reshaper.Outcome> reshaped = Optional.empty();
		try {
			// wide to long or back, as confirmed; or its proposal when the file's shape explains its header
			reshaped = reshaper.apply(prepared, schema, options);
			if (reshaped.isPresent() && !reshaped.get().notUtf8()) {
				prepared = reshaped.get().prepared();
				if (!reshaped.get().issues().isEmpty()) {
					return result(null, reshaped.get().issues(), 0, prepared);
				}
			}
			boolean notUtf8 = reshaped.isPresent() && reshaped.get().notUtf8();
			// a column of names for a code column: the codes added, or the names to decide on
			if (namesFound(prepared)) {
				return relocated(result(null, prepared.checked().nameIssues(), 0, prepared), reshaped);
			}
			Optional<NameColumns.Outcome> names = notUtf8 || namesDone(prepared) ? Optional.empty()
					: nameColumns.apply(prepared, schema, options);
			if (names.isPresent()) {
				prepared = names.get().prepared();
				if (!names.get().issues().isEmpty()) {
					return relocated(result(null, names.get().issues(), 0, prepared), reshaped);
				}
			}
			boolean detect = notUtf8 || names.isPresent() && names.get().notUtf8();
			HeaderMatch.Result header = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
			if (!header.ok() && !detect) {
				return result(null, header.issues(), 0, prepared);
			}
			// most files are clean: one pass to Parquet, checks on its columns
			Optional<FastImport.Clean> clean = detect ? Optional.empty()
					: fastImport.tryImport(prepared, schema, header.positionOf());
			if (clean.isPresent() && !rulesFind(clean.get().parquet(), schema, rules)) {
				return relocated(withTotals(stored(clean.get().parquet(), clean.get().rows(), schema, prepared, options,
						started, null), prepared), reshaped);
			}
			clean.ifPresent(c -> tempFiles.delete(c.parquet()));
			// anything else: the detailed pipeline finds and explains every issue
			ImportResult result = detect ? null : attempt(prepared, schema, rules, options, started);
			if (result != null) {
				return relocated(withTotals(result, prepared), reshaped);
			}
		}
		finally {
			preparer.cleanup(prepared);
			reshaped.ifPresent(reshaper::cleanup);
		}
		// it was not UTF-8: detect the encoding (Windows-1252 from Excel), transcode, read again
		prepared = preparer.prepare(file, options, true, inPass(schema, rules, options));
		reshaped = Optional.empty();
		try {
			reshaped = reshaper.apply(prepared, schema, options);
			if (reshaped.isPresent()) {
				prepared = reshaped.get().prepared();
				if (!reshaped.get().issues().isEmpty()) {
					return result(null, reshaped.get().issues(), 0, prepared);
				}
			}
			if (namesFound(prepared)) {
				return relocated(result(null, prepared.checked().nameIssues(), 0, prepared), reshaped);
			}
			Optional<NameColumns.Outcome> names = namesDone(prepared) ? Optional.empty()
					: nameColumns.apply(prepared, schema, options);
			if (names.isPresent()) {
				prepared = names.get().prepared();
				if (!names.get().issues().isEmpty()) {
					return relocated(result(null, names.get().issues(), 0, prepared), reshaped);
				}
			}
			ImportResult result = attempt(prepared, schema, rules, options, started);
			if (result == null) {
				throw new TabularFileException("datastore.galat.encoding");
			}
			HeaderMatch.Result header = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
			return relocated(header.ok() ? withTotals(result, prepared)
					: result, reshaped);
		}
		finally {
			preparer.cleanup(prepared);
			reshaped.ifPresent(reshaper::cleanup);
		}
	}

	/** The checks to run while the file is streamed into its prepared form. */
	private InPass inPass(List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options) {
		return new InPass(schema, rules, options, nameColumns);
	}

	/** Whether the names step was done while the file was prepared. */
	private static boolean namesDone(FilePreparer.Prepared prepared) {
		return prepared.checked() != null && prepared.checked().namesCoded();
	}

	/** Whether the names step, done while the file was prepared, found names without a code. */
	private static boolean namesFound(FilePreparer.Prepared prepared) {
		return namesDone(prepared) && !prepared.checked().nameIssues().isEmpty();
	}

	/**
	 * A large CSV whose ends show a plain table, taken by the fast path alone: stored when every value
	 * converts, every rule holds and no row's label reads as a total or a note (rows the table's shape
	 * would leave out); empty otherwise, and nothing kept.
	 */
	private Optional<ImportResult> plainAndClean(FilePreparer.Prepared prepared, List<ColumnSpec> schema,
			List<TableRule> rules, ImportOptions options, long started) {
		HeaderMatch.Result header = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
		if (!header.ok() || options.reshape() != null || nameColumns.applies(prepared, schema, options)) {
			return Optional.empty();
		}
		Optional<FastImport.Clean> clean = fastImport.tryImport(prepared, schema, header.positionOf());
		if (clean.isEmpty()) {
			return Optional.empty();
		}
		if (rulesFind(clean.get().parquet(), schema, rules)) {
			tempFiles.delete(clean.get().parquet());
			return Optional.empty();
		}
		return Optional.of(stored(clean.get().parquet(), clean.get().rows(), schema, prepared, options, started, null));
	}

	/** Findings of a reshaped file moved back onto the cells the user wrote. */
	private ImportResult relocated(ImportResult result, Optional<Reshaper.Outcome> reshaped) {
		return reshaped.map(o -> reshaper.relocate(result, o)).orElse(result);
	}

	/**
	 * The result with the total rows' checks added: warnings, unless a {@link TableRule.TotalRows} of the
	 * column makes a mismatch beyond its tolerance an error; then the table stored meanwhile is removed
	 * and the result holds none, as for any other error.
	 */
	private ImportResult withTotals(ImportResult result, FilePreparer.Prepared prepared) {
		// summed and checked while the file was prepared, in the shape it was written in
		List<ImportIssue> totals = prepared.checked() == null ? List.of() : prepared.checked().totals();
		if (totals.isEmpty()) {
			return result;
		}
		List<ImportIssue> issues = new ArrayList<>(result.issues());
		issues.addAll(totals);
		Map<String, Long> counts = new LinkedHashMap<>(result.issueCounts());
		totals.forEach(i -> counts.merge(i.rule() + "/" + i.severity(), 1L, Long::sum));
		long errors = totals.stream().filter(i -> i.severity() == Severity.GALAT).count();
		TableRef table = result.table();
		if (errors > 0 && table != null) {
			try {
				fileStore.delete(table.storageKey());
			}
			catch (IOException e) {
				log.warn("Could not delete table file {}: {}", table.storageKey(), e.getMessage());
			}
			table = null;
		}
		return new ImportResult(table, issues, counts, result.errorCount() + errors,
				result.warningCount() + totals.size() - errors, result.rows(), result.file(), result.symbols());
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
			long rows = RawTable.load(s, prepared, schema, header.positionOf(), raw, id);
			if (RawTable.hasInvalidEncoding(s, id)) {
				return null;
			}
			long maxRows = options.maxRows() > 0 ? options.maxRows() : properties.maxImportRows();
			if (rows > maxRows) {
				throw new TabularFileException("tabular.galat.terlaluBanyakBaris", maxRows);
			}
			if (rows == 0 && RawTable.countRejects(s, id) == 0) {
				return result(null, List.of(ImportIssue.error(2, null, null, "struktur", "datastore.galat.tanpaData")),
						0, prepared);
			}
			Issues issues = new Issues(perRule(options));
			IssueLocations.rejects(s, id, prepared, issues);
			List<ColumnChecks.Check> checks = ColumnChecks.checks(schema, header.positionOf(), c, id, scratchTables,
					kodeReferensi);
			ColumnChecks.runChecks(s, raw, checks, issues);
			ColumnChecks.keys(s, raw, schema, header.positionOf(), issues);
			if (!rules.isEmpty()) {
				String relation = "(SELECT rowid + 1 AS __idx, " + RawTable.typedColumns(schema) + " FROM " + raw + ")";
				new TableRuleChecks(c, relation, byName(schema), fileStore, id, scratchTables).check(rules, issues);
			}
			List<ImportIssue> located = IssueLocations.locate(s, raw, prepared, issues);
			if (issues.errors > 0) {
				return new ImportResult(null, located, issues.counts, issues.errors, issues.warnings, rows,
						prepared.info());
			}
			SymbolSummary symbols = ColumnChecks.symbols(s, raw, schema);
			parquet = tempFiles.newFile(".parquet");
			s.execute("COPY (SELECT " + RawTable.typedColumns(schema) + " FROM " + raw + ") TO '"
					+ SqlText.literal(parquet.toString()) + "' " + SymbolMetadata.copyOptions(DuckDb.STORED_PARQUET, symbols));
			ImportResult stored = stored(parquet, rows, schema, prepared, options, started,
					new ImportResult(null, located, issues.counts, 0, issues.warnings, rows, prepared.info(), symbols));
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
					warnings.warningCount(), rows, prepared.info(), warnings.symbols());
		}
		return new ImportResult(new TableRef(key, schema, rows), List.of(), Map.of(), 0, 0, rows, prepared.info());
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
		if (message.contains("Invalid Input Error") || message.contains("Conversion Error")
				|| message.contains("Could not convert string") || message.contains("CSV Error")) {
			log.info("File refused by the reader: {}", message.lines().findFirst().orElse(""));
			return new TabularFileException("datastore.galat.csvTidakTerbaca");
		}
		if (message.contains("Out of Memory")) {
			return new TabularFileException("datastore.galat.memori");
		}
		log.warn("Import failed: {}", message);
		return new IllegalStateException("Datastore import failed", e);
	}

}
