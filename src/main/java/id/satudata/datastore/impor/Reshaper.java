package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NameMatching;
import id.satudata.datastore.Reshape;
import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;
import id.satudata.shared.storage.TempFiles;

/**
 * Wide to long and back ({@link Reshape}), before the checks. Without a confirmed reshape it only
 * proposes one, when the file's header does not match the schema and its shape explains why: the
 * schema misses a category column and a value column while the file's extra headers are the category's
 * values (years for an integer column, codes or names of its Kode Referensi list, or any text for a free
 * text column) — wide to long; or the schema misses numeric columns named by the values of one file
 * column, and one more file column holds the numbers — long to wide. The proposal is reported as
 * findings of rule {@value Reshape#RULE} with the header's, for the user to confirm.
 *
 * <p>Applied, the reshaped file keeps each row's number in the original file, and findings on the
 * category or value column are moved back onto the original cell (its file column, and for long to
 * wide its original row) where that can be told.
 */
@Component
public class Reshaper {

	private static final Pattern YEAR_OR_NUMBER = Pattern.compile("\\d{1,6}");
	private static final Pattern TOTAL = Pattern.compile("(jumlah|total)(_.*)?");
	private static final Pattern PERIOD = Pattern.compile(".*(tahun|periode|year|bulan|triwulan|semester|kategori|jenis).*");
	private static final int MAX_CATEGORIES = 200;

	/**
	 * The file after a confirmed reshape (or unchanged, with the findings that propose one), the file
	 * before it (to move findings back, and to delete), and whether it turned out not to be UTF-8.
	 */
	record Outcome(FilePreparer.Prepared prepared, FilePreparer.Prepared original, List<ImportIssue> issues,
			boolean notUtf8, Reshape reshape, Map<Long, Map<String, long[]>> pivotRows) {
	}

	private final PencocokanNama pencocokan;
	private final TempFiles tempFiles;

	public Reshaper(PencocokanNama pencocokan, TempFiles tempFiles) {
		this.pencocokan = pencocokan;
		this.tempFiles = tempFiles;
	}

	/** The reshaped file, or the proposal; empty when neither applies. */
	Optional<Outcome> apply(FilePreparer.Prepared prepared, List<ColumnSpec> schema, ImportOptions options) {
		try {
			if (options.reshape() != null) {
				return Optional.of(options.reshape().direction() == Reshape.Direction.WIDE_TO_LONG
						? toLong(prepared, schema, options.reshape()) : toWide(prepared, options.reshape()));
			}
			HeaderMatch.Result match = HeaderMatch.match(prepared.headers(), schema, options.headerMapping());
			if (match.ok()) {
				return Optional.empty();
			}
			Optional<Reshape> proposal = proposeLong(prepared.headers(), schema, options, match);
			if (proposal.isEmpty()) {
				proposal = proposeWide(prepared, schema, options, match);
			}
			return proposal.map(r -> {
				List<ImportIssue> issues = new ArrayList<>(match.issues());
				issues.addAll(r.asIssues(label(r.category(), schema), label(r.value(), schema)));
				return new Outcome(prepared, null, issues, false, null, Map.of());
			});
		}
		catch (CharacterCodingException e) {
			return Optional.of(new Outcome(prepared, null, List.of(), true, null, Map.of()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String label(String name, List<ColumnSpec> schema) {
		return schema.stream().filter(c -> c.name().equals(name)).map(ColumnSpec::label).findFirst().orElse(name);
	}

	/** The file's headers no schema column took (nor a names column, nor a running number). */
	private static List<String> unmatched(List<String> headers, List<ColumnSpec> schema, ImportOptions options,
			HeaderMatch.Result match, Set<String> covered) {
		Set<Integer> taken = new HashSet<>();
		for (int p : match.positionOf()) {
			taken.add(p);
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String h = headers.get(i);
			String n = ColumnSpec.normalizeName(h);
			if (taken.contains(i) || h.isBlank() || HeaderMatch.RUNNING_NUMBER.contains(n)
					|| options.headerMapping().containsKey(h)) {
				continue;
			}
			Optional<ColumnSpec> names = NameMatching.codeColumnFor(h, schema);
			if (names.isPresent() && match.positionOf()[schema.indexOf(names.get())] < 0) {
				covered.add(names.get().name());
				continue;
			}
			out.add(h);
		}
		return out;
	}

	private static List<ColumnSpec> missing(List<ColumnSpec> schema, HeaderMatch.Result match, Set<String> covered) {
		List<ColumnSpec> out = new ArrayList<>();
		for (int k = 0; k < schema.size(); k++) {
			if (match.positionOf()[k] < 0 && !covered.contains(schema.get(k).name())) {
				out.add(schema.get(k));
			}
		}
		return out;
	}

	/** Wide file, long schema: the extra headers are values of one missing column, their cells of another. */
	Optional<Reshape> proposeLong(List<String> headers, List<ColumnSpec> schema, ImportOptions options,
			HeaderMatch.Result match) {
		Set<String> covered = new HashSet<>();
		List<String> extra = unmatched(headers, schema, options, match, covered);
		List<ColumnSpec> missing = missing(schema, match, covered);
		if (missing.size() != 2 || extra.size() < 2 || new HashSet<>(extra).size() < extra.size()) {
			return Optional.empty();
		}
		List<String> labels = withoutCommonPrefix(extra);
		for (ColumnSpec category : orderedCategories(missing)) {
			ColumnSpec value = missing.get(0) == category ? missing.get(1) : missing.get(0);
			if (!value.type().numeric()) {
				continue;
			}
			Map<String, String> columns = new LinkedHashMap<>();
			List<String> dropped = new ArrayList<>();
			NamaKode codes = category.codeList() == null || category.codeList().isBlank() ? null
					: pencocokan.pencocok(category.codeList(), null, null);
			boolean fits = true;
			for (int i = 0; i < extra.size() && fits; i++) {
				String v = categoryValue(labels.get(i), category, codes);
				if (v != null) {
					columns.put(extra.get(i), v);
				}
				else if (TOTAL.matcher(ColumnSpec.normalizeName(labels.get(i))).matches()) {
					dropped.add(extra.get(i));
				}
				else {
					fits = false;
				}
			}
			if (fits && columns.size() >= 2) {
				return Optional.of(new Reshape(Reshape.Direction.WIDE_TO_LONG, category.name(), value.name(), columns,
						dropped));
			}
		}
		return Optional.empty();
	}

	/** The missing columns in the order they are tried as the category: a period's or a kind's name first. */
	private static List<ColumnSpec> orderedCategories(List<ColumnSpec> missing) {
		List<ColumnSpec> out = new ArrayList<>(missing);
		out.sort((a, b) -> Boolean.compare(!PERIOD.matcher(a.name()).matches(), !PERIOD.matcher(b.name()).matches()));
		return out;
	}

	/** The value a header gives the category column, or {@code null} when it cannot be one. */
	private static String categoryValue(String label, ColumnSpec category, NamaKode codes) {
		String s = label.strip();
		if (s.isEmpty()) {
			return null;
		}
		if (codes != null) {
			if (codes.adaKode(s)) {
				return s;
			}
			NamaKode.Cocok m = codes.cocokkan(s);
			return m.status() == NamaKode.Status.TEPAT ? m.kode() : null;
		}
		if (category.type() == ColumnType.BILANGAN_BULAT) {
			return YEAR_OR_NUMBER.matcher(s).matches() && within(category, Long.parseLong(s)) ? s : null;
		}
		// free text: only for a column named as a kind or a period ("jenis_kelamin", "kategori", "periode")
		if (category.type().textual() && PERIOD.matcher(category.name()).matches()
				&& !TOTAL.matcher(ColumnSpec.normalizeName(s)).matches()) {
			return category.pattern() == null || s.matches(category.pattern()) ? s : null;
		}
		return null;
	}

	private static boolean within(ColumnSpec c, long n) {
		return (c.min() == null || c.min().longValue() <= n) && (c.max() == null || c.max().longValue() >= n);
	}

	/** Flattened headers under one group label ("Jumlah Penduduk Laki-laki", "... Perempuan"): the parts. */
	static List<String> withoutCommonPrefix(List<String> headers) {
		List<String[]> words = headers.stream().map(h -> h.strip().split("\\s+")).toList();
		int common = 0;
		while (true) {
			String w = null;
			boolean same = true;
			for (String[] ws : words) {
				if (ws.length <= common + 1) {
					same = false;
					break;
				}
				if (w == null) {
					w = ws[common];
				}
				else if (!w.equalsIgnoreCase(ws[common])) {
					same = false;
				}
			}
			if (!same || words.size() < 2) {
				break;
			}
			common++;
		}
		int drop = common;
		return words.stream().map(ws -> String.join(" ", java.util.Arrays.copyOfRange(ws, drop, ws.length))).toList();
	}

	/** Long file, wide schema: one file column's values name missing numeric columns, another holds the numbers. */
	private Optional<Reshape> proposeWide(FilePreparer.Prepared prepared, List<ColumnSpec> schema,
			ImportOptions options, HeaderMatch.Result match) throws IOException {
		Set<String> covered = new HashSet<>();
		List<String> extra = unmatched(prepared.headers(), schema, options, match, covered);
		List<ColumnSpec> missing = missing(schema, match, covered);
		if (extra.size() != 2 || missing.size() < 2 || !missing.stream().allMatch(c -> c.type().numeric())) {
			return Optional.empty();
		}
		int offset = prepared.rowNumbers() ? 1 : 0;
		List<Set<String>> distinct = List.of(new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>());
		int[] index = { prepared.headers().indexOf(extra.get(0)), prepared.headers().indexOf(extra.get(1)) };
		NameColumns.read(prepared, r -> {
			for (int i = 0; i < 2; i++) {
				String v = NameColumns.value(r, index[i] + offset);
				if (v != null && distinct.get(i).size() <= MAX_CATEGORIES) {
					distinct.get(i).add(v);
				}
			}
		}, false);
		for (int i = 0; i < 2; i++) {
			Map<String, String> columns = new LinkedHashMap<>();
			List<String> dropped = new ArrayList<>();
			boolean fits = distinct.get(i).size() <= MAX_CATEGORIES;
			for (String v : distinct.get(i)) {
				if (!fits) {
					break;
				}
				Optional<ColumnSpec> c = missing.stream().filter(m -> names(v, m)).findFirst();
				if (c.isPresent()) {
					columns.put(v, c.get().name());
				}
				else if (TOTAL.matcher(ColumnSpec.normalizeName(v)).matches()) {
					dropped.add(v);
				}
				else {
					fits = false;
				}
			}
			if (fits && columns.size() >= 2 && new HashSet<>(columns.values()).size() == missing.size()) {
				return Optional.of(new Reshape(Reshape.Direction.LONG_TO_WIDE, extra.get(i), extra.get(1 - i), columns,
						dropped));
			}
		}
		return Optional.empty();
	}

	/** Whether a category value names a schema column ("Laki-laki" → {@code laki_laki}, "2021" → {@code tahun_2021}). */
	private static boolean names(String value, ColumnSpec c) {
		String n = ColumnSpec.normalizeName(value);
		if (n.equals(c.name()) || n.equals(ColumnSpec.normalizeName(c.label()))) {
			return true;
		}
		return YEAR_OR_NUMBER.matcher(value.strip()).matches() && c.name().endsWith("_" + value.strip());
	}

	/** Each listed column of each row becomes a row: the other columns, the category value, the cell. */
	private Outcome toLong(FilePreparer.Prepared prepared, List<ColumnSpec> schema, Reshape reshape) throws IOException {
		List<String> headers = prepared.headers();
		List<Integer> kept = new ArrayList<>();
		List<Integer> wide = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			if (reshape.columns().containsKey(headers.get(i))) {
				wide.add(i);
			}
			else if (!reshape.dropped().contains(headers.get(i))) {
				kept.add(i);
			}
		}
		if (wide.size() < 2) {
			// the file is not of the confirmed form (another report format): checked as it is
			List<String> missingColumns = reshape.columns().keySet().stream().filter(h -> !headers.contains(h)).toList();
			return new Outcome(prepared, null, List.of(ImportIssue.error(1, null, null, Reshape.RULE,
					"datastore.galat.bentukTidakCocok", String.join(", ", missingColumns))), false, null, Map.of());
		}
		List<String> out = new ArrayList<>();
		kept.forEach(i -> out.add(headers.get(i)));
		out.add(reshape.category());
		out.add(reshape.value());
		int offset = prepared.rowNumbers() ? 1 : 0;
		Path file = written(out, w -> {
			String[] record = new String[out.size() + 1];
			NameColumns.read(prepared, r -> {
				record[0] = Long.toString(NameColumns.row(r, prepared.rowNumbers()));
				int k = 1;
				for (int i : kept) {
					record[k++] = field(r, i + offset);
				}
				for (int i : wide) {
					record[k] = reshape.columns().get(headers.get(i));
					record[k + 1] = field(r, i + offset);
					w.writeRecord(record);
				}
			}, false);
		});
		return new Outcome(new FilePreparer.Prepared(file, true, ',', List.copyOf(out), prepared.info(), true, prepared.checked()), prepared,
				List.of(), false, reshape, Map.of());
	}

	private interface Rows {

		void write(CsvWriter w) throws IOException;

	}

	/** A new CSV of the reshaped table: its header with the row-number column first, then the rows. */
	private Path written(List<String> header, Rows rows) throws IOException {
		Path file = tempFiles.newFile(".csv");
		boolean done = false;
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CsvWriter w = CsvWriter.builder().build(writer)) {
			List<String> head = new ArrayList<>();
			head.add(FilePreparer.ROW_COLUMN);
			head.addAll(header);
			w.writeRecord(head);
			rows.write(w);
			done = true;
		}
		finally {
			if (!done) {
				tempFiles.delete(file);
			}
		}
		return file;
	}

	private static String field(CsvRecord r, int index) {
		return index < r.getFieldCount() ? r.getField(index) : "";
	}

	/**
	 * Rows grouped on every other column (in the order first seen), each category's cell going to its
	 * column; a category written twice for one group is an error naming both rows; an unknown category an
	 * error naming its row.
	 */
	private Outcome toWide(FilePreparer.Prepared prepared, Reshape reshape) throws IOException {
		List<String> headers = prepared.headers();
		int category = headers.indexOf(reshape.category());
		int value = headers.indexOf(reshape.value());
		if (category < 0 || value < 0) {
			return new Outcome(prepared, null, List.of(ImportIssue.error(1, null, null, Reshape.RULE,
					"datastore.galat.bentukTidakCocok", category < 0 ? reshape.category() : reshape.value())), false, null,
					Map.of());
		}
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			if (i != category && i != value) {
				kept.add(i);
			}
		}
		List<String> targets = new ArrayList<>(new java.util.LinkedHashSet<>(reshape.columns().values()));
		int offset = prepared.rowNumbers() ? 1 : 0;
		Map<List<String>, String[]> groups = new LinkedHashMap<>();
		Map<List<String>, long[]> rowsOf = new HashMap<>();
		List<ImportIssue> issues = new ArrayList<>();
		NameColumns.read(prepared, r -> {
			long row = NameColumns.row(r, prepared.rowNumbers());
			String c = NameColumns.value(r, category + offset);
			if (c != null && reshape.dropped().contains(c)) {
				return;
			}
			String target = c == null ? null : reshape.columns().get(c);
			if (target == null) {
				issues.add(ImportIssue.error(row, reshape.category(), c, Reshape.RULE, "datastore.galat.bentukKategori",
						c == null ? "" : c, reshape.category()));
				return;
			}
			List<String> key = new ArrayList<>(kept.size());
			kept.forEach(i -> key.add(field(r, i + offset)));
			String[] cells = groups.computeIfAbsent(key, k -> new String[targets.size()]);
			long[] rows = rowsOf.computeIfAbsent(key, k -> new long[targets.size()]);
			int t = targets.indexOf(target);
			if (rows[t] != 0) {
				issues.add(ImportIssue.error(row, reshape.category(), c, Reshape.RULE, "datastore.galat.bentukGanda", c,
						rows[t]));
				return;
			}
			cells[t] = field(r, value + offset);
			rows[t] = row;
		}, false);
		if (!issues.isEmpty()) {
			return new Outcome(prepared, null, issues, false, null, Map.of());
		}
		List<String> out = new ArrayList<>();
		kept.forEach(i -> out.add(headers.get(i)));
		out.addAll(targets);
		Map<Long, Map<String, long[]>> pivotRows = new HashMap<>();
		Path file = written(out, w -> {
			for (Map.Entry<List<String>, String[]> g : groups.entrySet()) {
				long[] rows = rowsOf.get(g.getKey());
				long first = java.util.Arrays.stream(rows).filter(x -> x > 0).min().orElse(0);
				List<String> record = new ArrayList<>();
				record.add(Long.toString(first));
				record.addAll(g.getKey());
				for (String cell : g.getValue()) {
					record.add(cell == null ? "" : cell);
				}
				w.writeRecord(record);
				Map<String, long[]> origin = new HashMap<>();
				for (int t = 0; t < targets.size(); t++) {
					origin.put(targets.get(t), new long[] { rows[t] });
				}
				pivotRows.put(first, origin);
			}
		});
		return new Outcome(new FilePreparer.Prepared(file, true, ',', List.copyOf(out), prepared.info(), true, prepared.checked()), prepared,
				List.of(), false, reshape, pivotRows);
	}

	/** The result with findings on the reshaped columns moved back onto the cells the user wrote. */
	ImportResult relocate(ImportResult result, Outcome outcome) {
		Reshape reshape = outcome.reshape();
		if (reshape == null || result.issues().isEmpty()) {
			return result;
		}
		List<ImportIssue> moved = reshape.direction() == Reshape.Direction.LONG_TO_WIDE
				? result.issues().stream().map(i -> toOriginalRow(i, reshape, outcome.pivotRows())).toList()
				: toOriginalColumn(result.issues(), reshape, outcome.original());
		return new ImportResult(result.table(), moved, result.issueCounts(), result.errorCount(), result.warningCount(),
				result.rows(), result.file(), result.symbols());
	}

	private static ImportIssue toOriginalRow(ImportIssue i, Reshape reshape, Map<Long, Map<String, long[]>> pivotRows) {
		Map<String, long[]> origin = pivotRows.get(i.row());
		long[] row = origin == null || i.column() == null ? null : origin.get(i.column());
		if (row == null || row[0] == 0) {
			return i;
		}
		return new ImportIssue(row[0], reshape.value(), i.value(), i.rule(), i.messageKey(), i.args(), i.severity());
	}

	private List<ImportIssue> toOriginalColumn(List<ImportIssue> issues, Reshape reshape, FilePreparer.Prepared original) {
		Set<Long> rows = new HashSet<>();
		issues.stream().filter(i -> reshape.value().equals(i.column()) || reshape.category().equals(i.column()))
			.forEach(i -> rows.add(i.row()));
		if (rows.isEmpty() || original == null) {
			return issues;
		}
		Map<Long, Map<String, String>> cells = new HashMap<>();
		int offset = original.rowNumbers() ? 1 : 0;
		try {
			NameColumns.read(original, r -> {
				long row = NameColumns.row(r, original.rowNumbers());
				if (rows.contains(row)) {
					Map<String, String> byHeader = new LinkedHashMap<>();
					for (int i = 0; i < original.headers().size(); i++) {
						if (reshape.columns().containsKey(original.headers().get(i))) {
							String v = NameColumns.value(r, i + offset);
							byHeader.put(original.headers().get(i), v == null ? "" : v);
						}
					}
					cells.put(row, byHeader);
				}
			}, false);
		}
		catch (IOException e) {
			return issues;
		}
		Map<String, Set<String>> used = new HashMap<>();
		List<ImportIssue> out = new ArrayList<>(issues.size());
		for (ImportIssue i : issues) {
			Map<String, String> row = cells.get(i.row());
			String header = null;
			if (row != null && reshape.value().equals(i.column())) {
				String wanted = i.value() == null ? "" : i.value().strip();
				Set<String> taken = used.computeIfAbsent(i.row() + "\u0000" + i.rule(), x -> new HashSet<>());
				header = row.entrySet().stream().filter(e -> e.getValue().equals(wanted) && !taken.contains(e.getKey()))
					.map(Map.Entry::getKey).findFirst().orElse(null);
				if (header != null) {
					taken.add(header);
				}
			}
			else if (row != null && reshape.category().equals(i.column())) {
				header = reshape.columns().entrySet().stream().filter(e -> e.getValue().equals(i.value()))
					.map(Map.Entry::getKey).findFirst().orElse(null);
			}
			out.add(header == null ? i
					: new ImportIssue(i.row(), header, i.value(), i.rule(), i.messageKey(), i.args(), i.severity()));
		}
		return out;
	}

	void cleanup(Outcome outcome) {
		if (outcome != null && outcome.original() != null && outcome.original().temporary()
				&& outcome.original() != outcome.prepared()) {
			tempFiles.delete(outcome.original().csv());
		}
	}

}
