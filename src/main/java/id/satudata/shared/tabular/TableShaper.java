package id.satudata.shared.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the table in a sheet as agencies really send it, while the rows stream past: a title block
 * above it, a header of one to three rows (a merged "Jumlah Penduduk" over "Laki-laki | Perempuan |
 * Jumlah" flattens to "Jumlah Penduduk Laki-laki", ...), empty spacer columns, total rows ("Jumlah",
 * "Total", "Kabupaten/Kota ...", "Provinsi ...") and notes ("Sumber:", "Catatan:", "Keterangan:",
 * "*)") among or under the data, and further tables under the first one.
 *
 * <p>It sits between a reader and the handler that wants a clean table: it buffers the first
 * {@value #LOOK_AHEAD} rows, decides where the header is, then passes the flattened header and every
 * data row on and keeps what it left out ({@link #excluded()}), with why. A plain table (header in
 * its first row, one header row) passes unchanged.
 */
public final class TableShaper implements RowHandler {

	static final int LOOK_AHEAD = 40;
	static final int MAX_HEADER_ROWS = 3;

	private static final Pattern TOTAL = Pattern.compile("^(?:(?:grand |sub ?)?total|jumlah|jumlah total|total jumlah)"
			+ "(?:\\s+(?:kabupaten|kab\\.?|kota|kecamatan|kec\\.?|provinsi|prov\\.?|desa|kelurahan|seluruh\\w*|keseluruhan|semua|umum|akhir)\\b.*)?"
			+ "\\s*[:.]?\\s*$|^(?:kabupaten|kab\\.?)\\s*/\\s*kota\\b.*|^provinsi\\b.*", Pattern.CASE_INSENSITIVE);
	private static final Pattern NOTE = Pattern.compile(
			"^(sumber(\\s+data)?|catatan|keterangan|ket\\.?|note|notes|source)\\s*:.*|^\\*+\\s*\\).*",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NUMERIC = Pattern.compile(
			"^[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*(\\s*%|\\s*[a-zA-Z]{1,6})?\\s*[*e]?$|^[-–—]$|^[.…]{1,3}$|^[xX]$");

	/** Why a row of the file is not a data row. */
	public enum Kind {
		/** Above the header: a title, a subtitle. */
		JUDUL,
		/** A row that totals the rows above it. */
		JUMLAH,
		/** A footnote, kept as a note of the release. */
		CATATAN,
		/** A row of another table on the same sheet, or its header. */
		TABEL_LAIN,
		/** A row the user chose to leave out (by its label). */
		DIKECUALIKAN
	}

	/**
	 * The user's corrections of what was found, kept in a dataset's import profile for its next files.
	 *
	 * @param headerRow the row the header starts on (0: found)
	 * @param headerRows how many rows the header has (0: found)
	 * @param exclude labels of rows to leave out ({@link #key(String)})
	 * @param include labels of rows to take as data although they read as a total or a note
	 */
	public record Choices(long headerRow, int headerRows, java.util.Set<String> exclude, java.util.Set<String> include) {

		public static final Choices NONE = new Choices(0, 0, java.util.Set.of(), java.util.Set.of());

		public Choices {
			headerRows = Math.max(0, Math.min(MAX_HEADER_ROWS, headerRows));
			exclude = keys(exclude);
			include = keys(include);
		}

		/** A row's label as the choices compare it: lower case, spaces collapsed. */
		public static String key(String label) {
			return label == null ? "" : lower(label.strip().replaceAll("\\s+", " "));
		}

		private static java.util.Set<String> keys(java.util.Collection<String> labels) {
			java.util.Set<String> out = new java.util.TreeSet<>();
			if (labels != null) {
				labels.stream().map(Choices::key).filter(k -> !k.isEmpty()).forEach(out::add);
			}
			return java.util.Collections.unmodifiableSet(out);
		}

		public boolean none() {
			return headerRow == 0 && headerRows == 0 && exclude.isEmpty() && include.isEmpty();
		}

	}

	/**
	 * A row the table does not take.
	 *
	 * @param row its number in the file, as the user sees it
	 * @param kind why
	 * @param text what it says (its first cells)
	 * @param values its cells, aligned with the header's columns (for totals)
	 */
	public record Excluded(long row, Kind kind, String text, List<String> values) {
	}

	/**
	 * Another table found under the one taken.
	 *
	 * @param number 1 for the first table of the sheet
	 * @param row the row its header starts on
	 * @param header the first cells of its header
	 */
	public record Table(int number, long row, String header) {
	}

	private final RowHandler target;
	private final int tableWanted;
	private final Choices choices;
	private final List<long[]> bufferRows = new ArrayList<>();
	private final List<String[]> buffer = new ArrayList<>();
	private final List<Excluded> excluded = new ArrayList<>();
	private final List<Table> tables = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private long pendingHeaderRow = -1;
	private boolean decided;
	private boolean ended;
	private int[] columns;
	private long headerRow;
	private int headerRows;
	private long lastRow;
	private int tablesSeen = 1;
	private boolean shaped;

	/**
	 * @param target receives the clean table
	 * @param tableWanted which table of the sheet to take (1 for the first)
	 */
	public TableShaper(RowHandler target, int tableWanted) {
		this(target, tableWanted, Choices.NONE);
	}

	/**
	 * @param target receives the clean table
	 * @param tableWanted which table of the sheet to take (1 for the first)
	 * @param choices the user's corrections (header rows, rows left out or taken)
	 */
	public TableShaper(RowHandler target, int tableWanted, Choices choices) {
		this.target = target;
		this.tableWanted = Math.max(1, tableWanted);
		this.choices = choices == null ? Choices.NONE : choices;
	}

	/**
	 * The patterns of a total row's and a note's label (case-insensitive), for a reader that looks for
	 * them elsewhere (the datastore's SQL over a large file whose table was found from its ends).
	 */
	public static List<String> footerPatterns() {
		return List.of(TOTAL.pattern(), NOTE.pattern());
	}

	/** The row's label (its first cell that is not a running number), or {@code null}. */
	public static String label(String[] row) {
		return firstText(row);
	}

	/** Call before {@link #header(List)} when the reader knows the header's row number. */
	@Override
	public void headerRow(long rowNumber) {
		pendingHeaderRow = rowNumber;
	}

	@Override
	public void header(List<String> names) {
		long row = pendingHeaderRow > 0 ? pendingHeaderRow : 1;
		accept(row, names.toArray(String[]::new));
	}

	@Override
	public void row(long rowNumber, String[] values) {
		accept(rowNumber, values);
	}

	/** Flushes what is still buffered; call once the reader is done. */
	public void finish() {
		while (!decided && !buffer.isEmpty()) {
			decide();
		}
		if (!decided && tables.isEmpty()) {
			throw new TabularFileException("tabular.galat.kosong");
		}
		if (tablesSeen < tableWanted || skipping) {
			throw new TabularFileException("tabular.galat.tabelTidakAda", tableWanted, tables.size());
		}
	}

	/** Rows left out, in file order. */
	public List<Excluded> excluded() {
		return List.copyOf(excluded);
	}

	/** Rows left out for one reason. */
	public List<Excluded> excluded(Kind kind) {
		return excluded.stream().filter(e -> e.kind() == kind).toList();
	}

	/** The footnotes found ("Sumber: BPS ..."), as written. */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/** Every table found on the sheet (more than one: the user may pick another). */
	public List<Table> tables() {
		return List.copyOf(tables);
	}

	/** The row the header starts on. */
	public long headerRowNumber() {
		return headerRow;
	}

	/** How many rows the header has. */
	public int headerRowCount() {
		return headerRows;
	}

	/** Whether anything was changed: a title block skipped, a header flattened, rows or columns left out. */
	public boolean shaped() {
		return shaped || !excluded.isEmpty();
	}

	private void accept(long row, String[] values) {
		if (!decided) {
			bufferRows.add(new long[] { row });
			buffer.add(values);
			if (buffer.size() >= LOOK_AHEAD) {
				decide();
			}
			return;
		}
		take(row, values);
	}

	private void decide() {
		decided = true;
		List<long[]> rows = new ArrayList<>(bufferRows);
		List<String[]> cells = new ArrayList<>(buffer);
		bufferRows.clear();
		buffer.clear();
		if (cells.isEmpty()) {
			throw new TabularFileException("tabular.galat.kosong");
		}
		boolean wanted = tablesSeen >= tableWanted;
		int start = wanted ? chosenStart(rows) : -1;
		if (start < 0) {
			start = headerStart(cells);
		}
		int count = wanted && choices.headerRows() > 0 ? Math.min(choices.headerRows(), cells.size() - start)
				: headerCount(cells, start);
		tables.add(new Table(tablesSeen, rows.get(0)[0], preview(cells.get(start))));
		for (int i = 0; i < start; i++) {
			exclude(new Excluded(rows.get(i)[0], wanted ? Kind.JUDUL : Kind.TABEL_LAIN, preview(cells.get(i)),
					List.of()));
		}
		if (!wanted) {
			// not this one: everything until the next table is left out, the rest read again
			skipping = true;
			shaped = true;
			exclude(new Excluded(rows.get(start)[0], Kind.TABEL_LAIN, preview(cells.get(start)), List.of()));
			lastRow = rows.get(start)[0];
			for (int i = start + 1; i < cells.size(); i++) {
				accept(rows.get(i)[0], cells.get(i));
			}
			return;
		}
		headerRow = rows.get(start)[0];
		headerRows = count;
		columns = usedColumns(cells, start, count);
		List<String> header = flatten(cells, start, count);
		plain = start == 0 && count == 1 && isIdentity() && tablesSeen == 1;
		shaped = shaped || !plain;
		target.header(plain ? java.util.Arrays.stream(cells.get(start)).map(v -> v == null ? "" : v.strip()).toList()
				: header);
		lastRow = rows.get(start + count - 1)[0];
		for (int i = start + count; i < cells.size(); i++) {
			take(rows.get(i)[0], cells.get(i));
		}
	}

	private boolean skipping;
	private boolean plain;

	private int chosenStart(List<long[]> rows) {
		for (int i = 0; choices.headerRow() > 0 && i < rows.size(); i++) {
			if (rows.get(i)[0] == choices.headerRow()) {
				return i;
			}
		}
		return -1;
	}

	/** After empty rows: a title line or a header row starts another table. */
	private static boolean startsTable(String[] values) {
		if (looksLikeHeader(values)) {
			return true;
		}
		String first = firstText(values);
		return nonEmpty(values) == 1 && first != null && !NOTE.matcher(first).matches()
				&& !NUMERIC.matcher(first).matches();
	}

	private void take(long row, String[] values) {
		boolean gap = row > lastRow + 1;
		lastRow = row;
		if (skipping) {
			if (gap && startsTable(values)) {
				// the next table: decide afresh from its rows
				tablesSeen++;
				skipping = false;
				decided = false;
				bufferRows.add(new long[] { row });
				buffer.add(values);
				return;
			}
			exclude(new Excluded(row, Kind.TABEL_LAIN, preview(values), List.of()));
			return;
		}
		if (ended) {
			exclude(new Excluded(row, Kind.TABEL_LAIN, preview(values), List.of()));
			return;
		}
		String first = firstText(values);
		String key = first == null || choices.exclude().isEmpty() && choices.include().isEmpty() ? null
				: Choices.key(first);
		if (key != null && choices.exclude().contains(key) && !choices.include().contains(key)) {
			exclude(new Excluded(row, Kind.DIKECUALIKAN, preview(values), List.of()));
			return;
		}
		if (key != null && choices.include().contains(key)) {
			first = null;
		}
		if (first != null && NOTE.matcher(first).matches() && nonEmpty(values) <= 2) {
			notes.add(joined(values));
			exclude(new Excluded(row, Kind.CATATAN, joined(values), List.of()));
			return;
		}
		if (first != null && TOTAL.matcher(first).matches()) {
			exclude(new Excluded(row, Kind.JUMLAH, first, pick(values)));
			return;
		}
		if (gap && startsTable(values)) {
			tablesSeen++;
			tables.add(new Table(tablesSeen, row, preview(values)));
			ended = true;
			exclude(new Excluded(row, Kind.TABEL_LAIN, preview(values), List.of()));
			return;
		}
		if (plain) {
			// as read: a ragged row stays ragged for the checks to report
			target.row(row, values);
		}
		else {
			target.row(row, picked(values));
		}
	}

	private void exclude(Excluded row) {
		excluded.add(row);
		target.leftOut(row);
	}

	private boolean isIdentity() {
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] != i) {
				return false;
			}
		}
		return true;
	}

	private String[] picked(String[] values) {
		String[] out = new String[columns.length];
		for (int i = 0; i < columns.length; i++) {
			int c = columns[i];
			out[i] = c < values.length && values[c] != null ? values[c] : "";
		}
		return out;
	}

	private List<String> pick(String[] values) {
		List<String> out = new ArrayList<>(columns.length);
		for (int c : columns) {
			out.add(c < values.length && values[c] != null ? values[c] : "");
		}
		return out;
	}

	/**
	 * The header's first row: the row above the first run of data rows, climbing over the header rows
	 * (text, at least two cells); a row with a single cell above them is a title. No data rows: the
	 * first row with at least half the widest row's cells.
	 */
	static int headerStart(List<String[]> cells) {
		int firstData = -1;
		for (int i = 1; i < cells.size(); i++) {
			if (isData(cells.get(i)) && (i + 1 >= cells.size() || isData(cells.get(i + 1)) || isFooter(cells.get(i + 1)))) {
				firstData = i;
				break;
			}
		}
		if (firstData < 0) {
			int widest = cells.stream().mapToInt(TableShaper::nonEmpty).max().orElse(0);
			for (int i = 0; i < cells.size(); i++) {
				if (nonEmpty(cells.get(i)) >= Math.max(1, (widest + 1) / 2)) {
					return i;
				}
			}
			return 0;
		}
		int top = firstData - 1;
		while (top > 0 && firstData - top < MAX_HEADER_ROWS && nonEmpty(cells.get(top - 1)) >= 2
				&& !isData(cells.get(top - 1)) && continuesHeader(cells.get(top - 1), cells.get(top))) {
			top--;
		}
		return Math.max(0, top);
	}

	/** An upper header row has its cells over the lower row's (a group label over its parts, or blanks). */
	private static boolean continuesHeader(String[] upper, String[] lower) {
		int blanksOverValues = 0;
		for (int c = 0; c < lower.length; c++) {
			boolean upperBlank = c >= upper.length || upper[c] == null || upper[c].isBlank();
			if (upperBlank && lower[c] != null && !lower[c].isBlank()) {
				blanksOverValues++;
			}
		}
		boolean lowerHasBlanks = false;
		for (int c = 0; c < upper.length; c++) {
			boolean lowerBlank = c >= lower.length || lower[c] == null || lower[c].isBlank();
			if (lowerBlank && upper[c] != null && !upper[c].isBlank()) {
				lowerHasBlanks = true;
			}
		}
		return blanksOverValues > 0 || lowerHasBlanks;
	}

	static int headerCount(List<String[]> cells, int start) {
		int count = 1;
		while (count < MAX_HEADER_ROWS && start + count < cells.size()) {
			String[] next = cells.get(start + count);
			if (isData(next) || nonEmpty(next) < 1 || !continuesHeader(cells.get(start + count - 1), next)
					|| startsWithBlankLabel(next) && nonEmpty(next) < 1) {
				break;
			}
			// the lower header row leaves the label columns blank (they were merged vertically)
			if (!hasBlankWhereAboveHasText(cells.get(start + count - 1), next)) {
				break;
			}
			count++;
		}
		return count;
	}

	private static boolean hasBlankWhereAboveHasText(String[] upper, String[] lower) {
		for (int c = 0; c < upper.length; c++) {
			if (upper[c] != null && !upper[c].isBlank() && (c >= lower.length || lower[c] == null || lower[c].isBlank())) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithBlankLabel(String[] row) {
		return row.length == 0 || row[0] == null || row[0].isBlank();
	}

	/** The columns with a header or a value; empty spacer columns left out. */
	private static int[] usedColumns(List<String[]> cells, int start, int count) {
		int width = 0;
		for (int i = start; i < cells.size(); i++) {
			width = Math.max(width, cells.get(i).length);
		}
		List<Integer> used = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			boolean any = false;
			for (int i = start; i < cells.size() && !any; i++) {
				any = has(cells.get(i), c);
			}
			if (any) {
				used.add(c);
			}
		}
		return used.stream().mapToInt(Integer::intValue).toArray();
	}

	/** One label per column: the header rows' texts top to bottom, a group label carried over its parts. */
	private List<String> flatten(List<String[]> cells, int start, int count) {
		List<String> out = new ArrayList<>(columns.length);
		for (int c : columns) {
			StringBuilder label = new StringBuilder();
			for (int r = start; r < start + count; r++) {
				String[] row = cells.get(r);
				String v = has(row, c) ? row[c].strip() : null;
				String[] lowest = cells.get(start + count - 1);
				if (v == null && r < start + count - 1 && has(lowest, c)) {
					// a merged group label sits in its first column only: carry it right over its parts
					for (int left = c - 1; left >= 0 && has(lowest, left); left--) {
						if (has(row, left)) {
							v = row[left].strip();
							break;
						}
					}
				}
				if (v != null && !v.isEmpty() && !label.toString().endsWith(v)) {
					label.append(label.isEmpty() ? "" : " ").append(v);
				}
			}
			out.add(label.toString().replaceAll("\\s+", " ").strip());
		}
		return out;
	}

	static boolean isData(String[] row) {
		int values = nonEmpty(row);
		if (values < 2) {
			return false;
		}
		int numbers = 0;
		int years = 0;
		long lastYear = 0;
		for (String v : row) {
			if (v != null && !v.isBlank() && NUMERIC.matcher(v.strip()).matches()) {
				numbers++;
				if (YEAR.matcher(v.strip()).matches() && Long.parseLong(v.strip()) > lastYear) {
					years++;
					lastYear = Long.parseLong(v.strip());
				}
			}
		}
		// a wide table's header of periods ("Kecamatan | 2021 | 2022 | 2023"): rising years and nothing else
		if (years >= 2 && years == numbers) {
			return false;
		}
		return numbers >= 1 && numbers * 2 >= values - 1;
	}

	private static final Pattern RUNNING_NUMBER = Pattern.compile("\\d{1,4}\\.?");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private static boolean isFooter(String[] row) {
		String first = firstText(row);
		return first != null && (TOTAL.matcher(first).matches() || NOTE.matcher(first).matches());
	}

	private static boolean looksLikeHeader(String[] row) {
		if (nonEmpty(row) < 2) {
			return false;
		}
		for (String v : row) {
			if (v != null && !v.isBlank() && NUMERIC.matcher(v.strip()).matches()) {
				return false;
			}
		}
		return true;
	}

	/** The row's label: its first cell that is not a running number. */
	static String firstText(String[] row) {
		for (String v : row) {
			if (v != null && !v.isBlank()) {
				String s = v.strip();
				if (RUNNING_NUMBER.matcher(s).matches()) {
					continue;
				}
				return s;
			}
		}
		return null;
	}

	private static boolean has(String[] row, int c) {
		return c < row.length && row[c] != null && !row[c].isBlank();
	}

	static int nonEmpty(String[] row) {
		int n = 0;
		for (String v : row) {
			if (v != null && !v.isBlank()) {
				n++;
			}
		}
		return n;
	}

	private static int width(String[] row) {
		int last = row.length - 1;
		while (last >= 0 && (row[last] == null || row[last].isBlank())) {
			last--;
		}
		return last + 1;
	}

	private static String joined(String[] row) {
		List<String> parts = new ArrayList<>();
		for (String v : row) {
			if (v != null && !v.isBlank()) {
				parts.add(v.strip());
			}
		}
		return String.join(" ", parts);
	}

	private static String preview(String[] row) {
		String s = joined(row);
		return s.length() > 120 ? s.substring(0, 119) + "…" : s;
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
