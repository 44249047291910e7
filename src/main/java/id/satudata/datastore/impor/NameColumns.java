package id.satudata.datastore.impor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.NameMatching;
import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;
import id.satudata.shared.storage.TempFiles;

/**
 * Names to codes: when a schema column taking codes of a Kode Referensi list is missing from the file
 * but a column of names stands for it ({@link NameMatching#codeColumnFor}), each name is matched to a
 * code within the dataset's coverage (regions: at the level the header or column names) and the code
 * column is added to the prepared CSV; the names column stays when the schema has a column for it, else
 * it goes. Names matching one code exactly apply; a near match or a name of several codes applies only
 * with the user's decision ({@link NameMatching#decisions()}); otherwise each row holding it is an error
 * naming row, column and value (rule {@value #RULE}), and nothing is imported.
 */
@Component
public class NameColumns {

	static final String RULE = "namaKode";
	private static final int MAX_ISSUES = 10_000;

	/**
	 * The prepared file with the code columns added, or the issues that stop the import; or, when
	 * {@code notUtf8}, the file unchanged, to read again after transcoding.
	 */
	record Outcome(FilePreparer.Prepared prepared, List<ImportIssue> issues, boolean notUtf8) {
	}

	/** A column of names in the file and the schema column it gives codes to. */
	private record Source(int index, String header, ColumnSpec column, boolean keep, NamaKode matcher) {
	}

	private final PencocokanNama pencocokan;
	private final TempFiles tempFiles;

	public NameColumns(PencocokanNama pencocokan, TempFiles tempFiles) {
		this.pencocokan = pencocokan;
		this.tempFiles = tempFiles;
	}

	/**
	 * The file with code columns for its columns of names; empty when there are none. One pass: the file
	 * is read once and written once with the codes, each distinct name matched when first seen.
	 */
	Optional<Outcome> apply(FilePreparer.Prepared prepared, List<ColumnSpec> schema, ImportOptions options) {
		Coder coder = coder(prepared.headers(), schema, options);
		if (coder == null) {
			return Optional.empty();
		}
		try {
			FilePreparer.Prepared rewritten = rewrite(prepared, coder);
			if (!coder.issues().isEmpty()) {
				tempFiles.delete(rewritten.csv());
				return Optional.of(new Outcome(prepared, coder.issues(), false));
			}
			if (prepared.temporary()) {
				tempFiles.delete(prepared.csv());
			}
			return Optional.of(new Outcome(rewritten, List.of(), false));
		}
		catch (CharacterCodingException e) {
			return Optional.of(new Outcome(prepared, List.of(), true));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether a column of names stands for a code column in this file ({@link #apply} then reads it). */
	boolean applies(FilePreparer.Prepared prepared, List<ColumnSpec> schema, ImportOptions options) {
		return !sources(prepared.headers(), schema, options).isEmpty();
	}

	/**
	 * The names-to-codes step for a table with these headers, to run while its rows stream past;
	 * {@code null} when no column of names stands for a code column.
	 */
	Coder coder(List<String> headers, List<ColumnSpec> schema, ImportOptions options) {
		List<Source> sources = sources(headers, schema, options);
		return sources.isEmpty() ? null : new Coder(headers, sources, options.names());
	}

	/**
	 * Turns rows with names into rows with codes as they stream past: each source's code column (named as
	 * the schema column) in place of the names when the schema has no column for them, so every other
	 * column keeps its position (total rows' values are read by position), else added at the end. Each
	 * distinct name is matched once, when first seen; the rows of names without a code are kept for
	 * {@link #issues()}.
	 */
	static final class Coder {

		private final List<Source> sources;
		private final NameMatching matching;
		private final int width;
		private final int[] replacing;
		private final int[] appended;
		private final List<String> headers;
		private final List<Map<String, Object>> memo = new ArrayList<>();
		/** Per source: each name without a code (in the order first seen), its match and its rows. */
		private final List<Map<String, Unmatched>> unmatched = new ArrayList<>();
		private int unmatchedRows;

		private record Unmatched(NamaKode.Cocok match, List<Long> rows) {
		}

		private Coder(List<String> fileHeaders, List<Source> sources, NameMatching matching) {
			this.sources = sources;
			this.matching = matching;
			this.width = fileHeaders.size();
			this.replacing = new int[width];
			java.util.Arrays.fill(replacing, -1);
			List<Integer> added = new ArrayList<>();
			List<String> out = new ArrayList<>(fileHeaders);
			for (int i = 0; i < sources.size(); i++) {
				memo.add(new HashMap<>());
				unmatched.add(new LinkedHashMap<>());
				if (sources.get(i).keep()) {
					added.add(i);
				}
				else {
					replacing[sources.get(i).index()] = i;
					out.set(sources.get(i).index(), sources.get(i).column().name());
				}
			}
			added.forEach(i -> out.add(sources.get(i).column().name()));
			this.appended = added.stream().mapToInt(Integer::intValue).toArray();
			this.headers = List.copyOf(out);
		}

		/** The headers with the code columns. */
		List<String> headers() {
			return headers;
		}

		/**
		 * The row with codes: as wide as {@link #headers()}, its cells past the file header's width dropped
		 * (as the prepared file's rows are), missing ones empty.
		 */
		String[] code(long row, String[] values) {
			String[] out = new String[width + appended.length];
			for (int c = 0; c < width; c++) {
				int source = replacing[c];
				out[c] = source >= 0 ? code(row, values, source) : c < values.length && values[c] != null ? values[c] : "";
			}
			for (int i = 0; i < appended.length; i++) {
				out[width + i] = code(row, values, appended[i]);
			}
			return out;
		}

		/** The code for a row's name (a value that is not a name as it is; empty when empty). */
		private String code(long row, String[] values, int i) {
			String v = value(values, s(i).index());
			if (v == null) {
				return "";
			}
			// each distinct value is looked at once: its code, itself (not a name), or a name without a code
			Map<String, Object> seen = memo.get(i);
			Object known = seen.get(v);
			if (known == null) {
				known = look(i, v);
				seen.put(v, known);
			}
			if (known instanceof Unmatched u) {
				if (unmatchedRows < MAX_ISSUES) {
					u.rows().add(row);
					unmatchedRows++;
				}
				return v;
			}
			return (String) known;
		}

		private Source s(int i) {
			return sources.get(i);
		}

		private Object look(int i, String v) {
			Source s = s(i);
			if (!isName(v, s.matcher())) {
				return v;
			}
			String code = resolve(s, v);
			if (code != null) {
				return code;
			}
			Unmatched u = new Unmatched(s.matcher().cocokkan(v), new ArrayList<>());
			unmatched.get(i).put(v, u);
			return u;
		}

		private String resolve(Source s, String name) {
			String decided = matching.decision(s.header(), name);
			if (decided != null && s.matcher().adaKode(decided)) {
				return decided;
			}
			NamaKode.Cocok m = s.matcher().cocokkan(name);
			return m.status() == NamaKode.Status.TEPAT ? m.kode() : null;
		}

		/**
		 * An error for each row holding a name without a code, naming row, column and value, the names in
		 * the order first seen (at most {@value NameColumns#MAX_ISSUES}).
		 */
		List<ImportIssue> issues() {
			List<ImportIssue> issues = new ArrayList<>();
			for (int i = 0; i < sources.size(); i++) {
				Source s = sources.get(i);
				for (Map.Entry<String, Unmatched> e : unmatched.get(i).entrySet()) {
					String name = e.getKey();
					NamaKode.Cocok m = e.getValue().match();
					String candidates = m.kandidat().stream().map(NamaKode.Kandidat::label)
						.collect(Collectors.joining("; "));
					for (long row : e.getValue().rows()) {
						if (issues.size() >= MAX_ISSUES) {
							return issues;
						}
						issues.add(switch (m.status()) {
							case GANDA -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeGanda", name,
									s.header(), candidates);
							case MIRIP -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeMirip", name,
									s.header(), candidates);
							default -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeTidakAda",
									name, s.header(), s.column().label());
						});
					}
				}
			}
			return issues;
		}

	}

	private List<Source> sources(List<String> headers, List<ColumnSpec> schema, ImportOptions options) {
		HeaderMatch.Result match = HeaderMatch.match(headers, schema, options.headerMapping());
		Set<Integer> matched = new java.util.HashSet<>();
		for (int p : match.positionOf()) {
			if (p >= 0) {
				matched.add(p);
			}
		}
		List<Source> sources = new ArrayList<>();
		Set<String> taken = new java.util.HashSet<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			if (header.isBlank() || options.headerMapping().containsKey(header)) {
				continue;
			}
			Optional<ColumnSpec> column = NameMatching.codeColumnFor(header, schema);
			if (column.isEmpty() || match.positionOf()[schema.indexOf(column.get())] >= 0 || !taken.add(column.get().name())) {
				continue;
			}
			ColumnSpec c = column.get();
			NamaKode matcher = NameMatching.matcher(pencocokan, c, header, options.names().coverage());
			sources.add(new Source(i, header, c, matched.contains(i), matcher));
		}
		return sources;
	}

	/** A value to match: not empty, not already one of the list's codes, and not a code typed in (digits only). */
	private static boolean isName(String v, NamaKode matcher) {
		return v != null && !v.isEmpty() && !matcher.adaKode(v) && v.codePoints().anyMatch(Character::isLetter);
	}

	/** The prepared CSV rewritten through the coder (its header and rows), in one pass. */
	private FilePreparer.Prepared rewrite(FilePreparer.Prepared prepared, Coder coder) throws IOException {
		int offset = prepared.rowNumbers() ? 1 : 0;
		Path out = tempFiles.newFile(".csv");
		boolean done = false;
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CsvWriter w = CsvWriter.builder().fieldSeparator(prepared.delimiter()).build(writer)) {
			boolean[] first = { true };
			read(prepared, r -> {
				List<String> fields = new ArrayList<>(coder.headers().size() + offset);
				if (prepared.rowNumbers()) {
					fields.add(r.getField(0));
				}
				if (first[0]) {
					first[0] = false;
					fields.addAll(coder.headers());
					w.writeRecord(fields);
					return;
				}
				String[] values = new String[Math.max(0, r.getFieldCount() - offset)];
				for (int c = 0; c < values.length; c++) {
					values[c] = r.getField(c + offset);
				}
				fields.addAll(java.util.Arrays.asList(coder.code(row(r, prepared.rowNumbers()), values)));
				w.writeRecord(fields);
			}, true);
			done = true;
		}
		finally {
			if (!done) {
				tempFiles.delete(out);
			}
		}
		return new FilePreparer.Prepared(out, true, prepared.delimiter(), coder.headers(), prepared.info(),
				prepared.rowNumbers(), prepared.checked());
	}

	private static void read(FilePreparer.Prepared prepared, Consumer<CsvRecord> rows) throws IOException {
		read(prepared, rows, false);
	}

	/** Reads the prepared CSV strictly as UTF-8; the header record only when {@code withHeader}. */
	static void read(FilePreparer.Prepared prepared, Consumer<CsvRecord> rows, boolean withHeader)
			throws IOException {
		try (Reader reader = new InputStreamReader(Files.newInputStream(prepared.csv()), StandardCharsets.UTF_8
			.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
				CsvReader<CsvRecord> records = CsvReader.builder().fieldSeparator(prepared.delimiter()).quoteCharacter('"')
					.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
					.allowMissingFields(true).ofCsvRecord(reader)) {
			boolean header = true;
			for (CsvRecord r : records) {
				if (header) {
					header = false;
					if (!withHeader) {
						continue;
					}
				}
				rows.accept(r);
			}
		}
		catch (UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException c) {
				throw c;
			}
			throw e;
		}
	}

	static long row(CsvRecord r, boolean rowNumbers) {
		if (rowNumbers) {
			try {
				return Long.parseLong(r.getField(0).strip());
			}
			catch (NumberFormatException e) {
				return r.getStartingLineNumber();
			}
		}
		return r.getStartingLineNumber();
	}

	static String value(CsvRecord r, int index) {
		if (index >= r.getFieldCount()) {
			return null;
		}
		String v = r.getField(index).replace('\u00A0', ' ').strip();
		return v.isEmpty() ? null : v;
	}

	static String value(String[] values, int index) {
		if (index >= values.length || values[index] == null) {
			return null;
		}
		String v = values[index].replace('\u00A0', ' ').strip();
		return v.isEmpty() ? null : v;
	}

}
