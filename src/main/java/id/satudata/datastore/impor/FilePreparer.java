package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

import id.satudata.datastore.FileInfo;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.CsvFormat;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.ReadSummary;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TableShaper;
import id.satudata.shared.tabular.TabularFileException;
import id.satudata.shared.tabular.TabularFiles;

/**
 * Turns an upload into plain UTF-8 CSV for DuckDB: UTF-8 CSV files are used as they are; other
 * encodings (Windows-1252, UTF-16, a byte-order mark) are transcoded; XLSX sheets are streamed out
 * through POI's hardened reader (dates as ISO, formulas as their values).
 */
@Component
public class FilePreparer {

	/**
	 * A CSV DuckDB can read, and what we learnt on the way.
	 *
	 * @param rowNumbers whether the CSV's first column ({@value #ROW_COLUMN}) holds each row's number in
	 *        the original file (spreadsheets, where blank rows were left out)
	 */
	record Prepared(Path csv, boolean temporary, char delimiter, List<String> headers, FileInfo info,
			boolean rowNumbers, InPass.Checked checked, boolean endsOnly) {

		Prepared(Path csv, boolean temporary, char delimiter, List<String> headers, FileInfo info, boolean rowNumbers) {
			this(csv, temporary, delimiter, headers, info, rowNumbers, null, false);
		}

		Prepared(Path csv, boolean temporary, char delimiter, List<String> headers, FileInfo info, boolean rowNumbers,
				InPass.Checked checked) {
			this(csv, temporary, delimiter, headers, info, rowNumbers, checked, false);
		}

	}

	/**
	 * From this size on, a plain CSV's table may be found from its first {@value #HEAD_BYTES} and last
	 * {@value #TAIL_BYTES} bytes instead of a pass over the whole file (see {@link #prepare(Path,
	 * ImportOptions, boolean, boolean)}).
	 */
	static final long ENDS_ONLY_FROM = 16L << 20;
	static final int HEAD_BYTES = 1 << 20;
	static final int TAIL_BYTES = 256 << 10;

	static final String ROW_COLUMN = "__baris";

	private final TempFiles tempFiles;
	private final DatastoreProperties properties;

	private final long endsOnlyFrom;

	@org.springframework.beans.factory.annotation.Autowired
	public FilePreparer(TempFiles tempFiles, DatastoreProperties properties) {
		this(tempFiles, properties, ENDS_ONLY_FROM);
	}

	FilePreparer(TempFiles tempFiles, DatastoreProperties properties, long endsOnlyFrom) {
		this.tempFiles = tempFiles;
		this.properties = properties;
		this.endsOnlyFrom = endsOnlyFrom;
	}

	/**
	 * Prepares the file. A CSV without a byte-order mark is first taken to be UTF-8 and used as it
	 * is (DuckDB validates it while reading); call again with {@code detectEncoding} when it was not.
	 */
	Prepared prepare(Path file, ImportOptions options, boolean detectEncoding) {
		return prepare(file, options, detectEncoding, false, null);
	}

	/**
	 * Prepares the file; when the table is streamed through Java on the way (a spreadsheet, a CSV with a
	 * title block, totals or notes), {@code checks} run on its rows in the same pass (names to codes,
	 * total rows) and their findings come with it ({@link Prepared#checked()}).
	 */
	Prepared prepare(Path file, ImportOptions options, boolean detectEncoding, InPass checks) {
		return prepare(file, options, detectEncoding, false, checks);
	}

	/** {@link #prepare(Path, ImportOptions, boolean, boolean, InPass)} with no checks on the way. */
	Prepared prepare(Path file, ImportOptions options, boolean detectEncoding, boolean endsOnly) {
		return prepare(file, options, detectEncoding, endsOnly, null);
	}

	/**
	 * Prepares the file; with {@code endsOnly}, a large UTF-8 CSV with no table choices whose first and
	 * last lines read as a plain table (header in the first line, no title, no notes under it) is used
	 * as it is without reading it whole. Its middle is then unseen: such a {@link Prepared#endsOnly()}
	 * file may only take the fast path, which stops at a row whose label reads as a total or a note; for
	 * anything else the caller prepares it again without {@code endsOnly}. When the table is streamed
	 * through Java on the way, {@code checks} run on its rows in the same pass.
	 */
	Prepared prepare(Path file, ImportOptions options, boolean detectEncoding, boolean endsOnly, InPass checks) {
		try {
			long maxRows = options.maxRows() > 0 ? options.maxRows() : properties.maxImportRows();
			ReadSummary.Format kind = TabularFiles.sniff(file);
			if (kind != ReadSummary.Format.CSV) {
				return fromSpreadsheet(file, kind, options.sheet(), maxRows, options.table(), options.layout(), checks);
			}
			CsvFormat format = detectEncoding ? TabularFiles.csvFormat(file, ReadOptions.EncodingPolicy.DETECT)
					: TabularFiles.csvFormatAssumingUtf8(file);
			Path csv = file;
			boolean temporary = false;
			// DuckDB reads UTF-8 with or without a byte-order mark; anything else is transcoded
			if (!java.nio.charset.StandardCharsets.UTF_8.equals(format.charset())) {
				csv = tempFiles.newFile(".csv");
				temporary = true;
				TabularFiles.transcodeToUtf8(file, format, csv);
			}
			boolean plainEnds = endsOnly && !temporary && options.table() <= 1 && options.layout().none()
					&& Files.size(csv) >= endsOnlyFrom && plainByEnds(csv, format.delimiter());
			Prepared shaped = plainEnds ? null
					: shapedCsv(csv, temporary, format, options.table(), options.layout(), maxRows, checks);
			if (shaped != null) {
				return shaped;
			}
			List<String> headers = header(csv, format.delimiter());
			return new Prepared(csv, temporary, format.delimiter(), headers, new FileInfo("CSV", format.charset().name(),
					format.delimiter(), null, headers, format.bomLength() > 0 ? List.of("datastore.catatan.bom") : List.of()),
					false, null, plainEnds);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (de.siegmar.fastcsv.reader.CsvParseException e) {
			throw refused(e);
		}
	}

	/**
	 * The first {@code lines} lines of a CSV file as a scratch file, or {@code null} when the file is
	 * not a CSV, is UTF-16 (a line's end is not one byte there) or has no more lines than that.
	 */
	Path head(Path file, int lines) {
		try {
			if (TabularFiles.sniff(file) != ReadSummary.Format.CSV) {
				return null;
			}
			// read in blocks, the lines counted in each (a byte at a time cost a wide file's head 0.1-0.3 s)
			try (java.io.InputStream in = Files.newInputStream(file)) {
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
				byte[] block = new byte[1 << 16];
				int seen = 0;
				boolean more = false;
				int n;
				while (!more && (n = in.readNBytes(block, 0, block.length)) > 0) {
					if (out.size() == 0 && n >= 2 && ((block[0] == (byte) 0xFE && block[1] == (byte) 0xFF)
							|| (block[0] == (byte) 0xFF && block[1] == (byte) 0xFE))) {
						return null;
					}
					int end = 0;
					while (end < n && seen < lines) {
						if (block[end++] == '\n') {
							seen++;
						}
					}
					out.write(block, 0, end);
					// only a head with more of the file after it
					more = seen == lines && (end < n || in.read() >= 0);
					if (seen == lines && !more) {
						return null;
					}
				}
				if (!more) {
					return null;
				}
				Path head = tempFiles.newFile(".csv");
				Files.write(head, out.toByteArray());
				return head;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void deleteHead(Path head) {
		tempFiles.delete(head);
	}

	/** A CSV the reader gave up on: too many columns in a row, or a field that never ends. */
	static TabularFileException refused(de.siegmar.fastcsv.reader.CsvParseException e) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+).*limit of (\\d+) fields")
			.matcher(String.valueOf(e.getMessage()));
		if (m.find()) {
			return new TabularFileException("tabular.galat.terlaluBanyakKolom", m.group(1), m.group(2));
		}
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
		return new TabularFileException("tabular.galat.csvRusak", line.find() ? line.group(1) : "1");
	}

	private static List<String> header(Path csv, char delimiter) throws IOException {
		// lenient decoding: the header of a file that is not UTF-8 after all is read again after transcoding
		try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8);
				CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
					.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
					.allowMissingFields(true).ofCsvRecord(reader)) {
			for (CsvRecord r : records) {
				return r.getFields().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
			}
		}
		throw new TabularFileException("tabular.galat.kosong");
	}

	/**
	 * A CSV with a title block, a header of several rows, total or note rows, or a second table: the
	 * table alone, rewritten with each row's line number. {@code null} for a plain CSV (the usual case,
	 * read by DuckDB as it is), found by one quick pass.
	 */
	private Prepared shapedCsv(Path csv, boolean temporary, CsvFormat format, int table, TableShaper.Choices choices,
			long maxRows, InPass checks)
			throws IOException {
		TableShaper probe = new TableShaper(new RowHandler() {
			@Override
			public void header(List<String> names) {
			}

			@Override
			public void row(long rowNumber, String[] values) {
			}
		}, table, choices);
		try {
			readCsv(csv, format.delimiter(), probe);
			probe.finish();
		}
		catch (TabularFileException | de.siegmar.fastcsv.reader.CsvParseException e) {
			if (table > 1 || !choices.none()) {
				throw e;
			}
			return null;
		}
		if (!probe.shaped()) {
			return null;
		}
		Path out = tempFiles.newFile(".csv");
		List<String> headers = new ArrayList<>();
		TableShaper shaper;
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CsvWriter w = CsvWriter.builder().build(writer)) {
			shaper = new TableShaper(writing(w, headers, maxRows, checks), table, choices);
			readCsv(csv, format.delimiter(), shaper);
			shaper.finish();
		}
		catch (RuntimeException e) {
			tempFiles.delete(out);
			throw e;
		}
		finally {
			if (temporary) {
				tempFiles.delete(csv);
			}
		}
		return new Prepared(out, true, ',', headers(headers, checks), new FileInfo("CSV", format.charset().name(),
				format.delimiter(), null, headers, format.bomLength() > 0 ? List.of("datastore.catatan.bom") : List.of(),
				shaper.headerRowNumber(), shaper.headerRowCount(), shaper.excluded(), shaper.notes(), shaper.tables()),
				true, checks == null ? null : checks.finish(), false);
	}

	/**
	 * Whether the table of a large file reads as plain from its head and its tail alone (the table
	 * shaper over the first lines and then the last ones, numbered as if they followed). Anything that
	 * does not read cleanly (a cut quoted field, a row of another width) counts as not plain.
	 */
	private static boolean plainByEnds(Path csv, char delimiter) throws IOException {
		long size = Files.size(csv);
		TableShaper probe = new TableShaper(new RowHandler() {
			@Override
			public void header(List<String> names) {
			}

			@Override
			public void row(long rowNumber, String[] values) {
			}
		}, 1, TableShaper.Choices.NONE);
		try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(csv)) {
			byte[] head = chunk(ch, 0, HEAD_BYTES);
			int headEnd = lastNewline(head);
			byte[] tail = chunk(ch, size - TAIL_BYTES, TAIL_BYTES);
			int tailStart = firstNewline(tail) + 1;
			if (headEnd < 0 || tailStart <= 0) {
				return false;
			}
			long last = feed(new String(head, 0, headEnd + 1, StandardCharsets.UTF_8), delimiter, 0, true, probe);
			feed(new String(tail, tailStart, tail.length - tailStart, StandardCharsets.UTF_8), delimiter, last, false,
					probe);
			probe.finish();
		}
		catch (TabularFileException | de.siegmar.fastcsv.reader.CsvParseException e) {
			return false;
		}
		return !probe.shaped();
	}

	private static byte[] chunk(java.nio.channels.FileChannel ch, long from, int length) throws IOException {
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(length);
		long at = from;
		while (buffer.hasRemaining()) {
			int n = ch.read(buffer, at);
			if (n < 0) {
				break;
			}
			at += n;
		}
		return java.util.Arrays.copyOf(buffer.array(), buffer.position());
	}

	private static int lastNewline(byte[] bytes) {
		for (int i = bytes.length - 1; i >= 0; i--) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int firstNewline(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** Passes a chunk's rows to the probe, numbered from {@code after} + 1; the last number used. */
	private static long feed(String text, char delimiter, long after, boolean withHeader, TableShaper probe)
			throws IOException {
		long last = after;
		try (CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
			.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
			.allowMissingFields(true).ofCsvRecord(text)) {
			boolean first = withHeader;
			for (CsvRecord r : records) {
				last = after + r.getStartingLineNumber();
				String[] fields = r.getFields().stream().map(f -> f.replace("\uFEFF", "")).toArray(String[]::new);
				if (blank(fields)) {
					continue;
				}
				if (first) {
					probe.headerRow(last);
					probe.header(java.util.Arrays.asList(fields));
					first = false;
				}
				else {
					probe.row(last, fields);
				}
			}
		}
		return last;
	}

	private static void readCsv(Path csv, char delimiter, TableShaper shaper) throws IOException {
		try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8);
				CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
					.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
					.allowMissingFields(true).ofCsvRecord(reader)) {
			boolean first = true;
			for (CsvRecord r : records) {
				String[] fields = r.getFields().stream().map(f -> f.replace("\uFEFF", "")).toArray(String[]::new);
				if (blank(fields)) {
					continue;
				}
				if (first) {
					shaper.headerRow(r.getStartingLineNumber());
					shaper.header(java.util.Arrays.asList(fields));
					first = false;
				}
				else {
					shaper.row(r.getStartingLineNumber(), fields);
				}
			}
		}
	}

	private static boolean blank(String[] fields) {
		for (String f : fields) {
			if (!f.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The headers written: the file's, or with code columns for names when the checks turned names into codes. */
	private static List<String> headers(List<String> read, InPass checks) {
		return checks == null || checks.headers() == null ? read : checks.headers();
	}

	/**
	 * Writes the clean table with each row's number in the file first, passing every row through the
	 * in-pass checks when there are any.
	 */
	private static RowHandler writing(CsvWriter out, List<String> headers, long maxRows, InPass checks) {
		return new RowHandler() {
			private long rows;
			private int width;

			@Override
			public void header(List<String> names) {
				headers.addAll(names);
				List<String> written = checks == null ? names : checks.header(names);
				width = written.size();
				List<String> withRow = new ArrayList<>(written.size() + 1);
				withRow.add(ROW_COLUMN);
				withRow.addAll(written);
				out.writeRecord(withRow);
			}

			@Override
			public void row(long rowNumber, String[] values) {
				rows++;
				if (maxRows > 0 && rows > maxRows) {
					throw new TabularFileException("tabular.galat.terlaluBanyakBaris", maxRows);
				}
				String[] row = checks == null ? values : checks.row(rowNumber, values);
				// POI leaves out trailing empty cells; give every row the header's width
				String[] padded = new String[Math.max(row.length, width) + 1];
				padded[0] = Long.toString(rowNumber);
				for (int i = 1; i < padded.length; i++) {
					padded[i] = i - 1 < row.length && row[i - 1] != null ? row[i - 1] : "";
				}
				out.writeRecord(padded);
			}

			@Override
			public void leftOut(TableShaper.Excluded row) {
				if (checks != null) {
					checks.leftOut(row);
				}
			}
		};
	}

	private Prepared fromSpreadsheet(Path file, ReadSummary.Format kind, String sheet, long maxRows, int table,
			TableShaper.Choices choices, InPass checks)
			throws IOException {
		Path csv = tempFiles.newFile(".csv");
		List<String> headers = new ArrayList<>();
		ReadSummary summary;
		TableShaper shaper;
		try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CsvWriter out = CsvWriter.builder().build(writer)) {
			// the reader counts the rows; the table's own limit is the reader's
			shaper = new TableShaper(writing(out, headers, 0, checks), table, choices);
			summary = TabularFiles.read(file, ReadOptions.detect().withSheet(sheet).withMaxRows(maxRows), shaper);
			shaper.finish();
		}
		catch (RuntimeException e) {
			tempFiles.delete(csv);
			throw e;
		}
		return new Prepared(csv, true, ',', headers(headers, checks),
				new FileInfo(kind.name(), null, null, summary.sheet(), headers, summary.notes(), shaper.headerRowNumber(),
						shaper.headerRowCount(), shaper.excluded(), shaper.notes(), shaper.tables()),
				true, checks == null ? null : checks.finish(), false);
	}

	void cleanup(Prepared prepared) {
		if (prepared != null && prepared.temporary()) {
			tempFiles.delete(prepared.csv());
		}
	}

}
