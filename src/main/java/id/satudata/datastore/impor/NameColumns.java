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
	 * The file with code columns for its columns of names; empty when there are none.
	 */
	Optional<Outcome> apply(FilePreparer.Prepared prepared, List<ColumnSpec> schema, ImportOptions options) {
		List<Source> sources = sources(prepared.headers(), schema, options);
		if (sources.isEmpty()) {
			return Optional.empty();
		}
		int offset = prepared.rowNumbers() ? 1 : 0;
		try {
			// pass 1: the distinct names of each source, and where they are
			List<Map<String, List<Long>>> names = new ArrayList<>();
			sources.forEach(s -> names.add(new LinkedHashMap<>()));
			read(prepared, r -> {
				long row = row(r, prepared.rowNumbers());
				for (int i = 0; i < sources.size(); i++) {
					String v = value(r, sources.get(i).index() + offset);
					if (isName(v, sources.get(i).matcher())) {
						names.get(i).computeIfAbsent(v, x -> new ArrayList<>()).add(row);
					}
				}
			});
			List<Map<String, String>> codes = new ArrayList<>();
			List<ImportIssue> issues = new ArrayList<>();
			for (int i = 0; i < sources.size(); i++) {
				codes.add(resolve(sources.get(i), names.get(i), options.names(), issues));
			}
			if (!issues.isEmpty()) {
				return Optional.of(new Outcome(prepared, issues, false));
			}
			return Optional.of(new Outcome(rewrite(prepared, sources, codes), List.of(), false));
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
			boolean region = NameMatching.REGIONS.equals(c.codeList());
			String level = region ? Optional.ofNullable(NameMatching.regionLevel(header))
				.orElse(NameMatching.regionLevel(c.name() + " " + c.label())) : null;
			NamaKode matcher = pencocokan.pencocok(c.codeList(), region ? options.names().coverage() : null, level);
			sources.add(new Source(i, header, c, matched.contains(i), matcher));
		}
		return sources;
	}

	/** A value to match: not empty, not already one of the list's codes, and not a code typed in (digits only). */
	private static boolean isName(String v, NamaKode matcher) {
		return v != null && !v.isEmpty() && !matcher.adaKode(v) && v.codePoints().anyMatch(Character::isLetter);
	}

	private static Map<String, String> resolve(Source s, Map<String, List<Long>> names, NameMatching matching,
			List<ImportIssue> issues) {
		Map<String, String> codes = new HashMap<>();
		for (Map.Entry<String, List<Long>> e : names.entrySet()) {
			String name = e.getKey();
			String decided = matching.decision(s.header(), name);
			if (decided != null && s.matcher().adaKode(decided)) {
				codes.put(name, decided);
				continue;
			}
			NamaKode.Cocok m = s.matcher().cocokkan(name);
			if (m.status() == NamaKode.Status.TEPAT) {
				codes.put(name, m.kode());
				continue;
			}
			String candidates = m.kandidat().stream().map(NamaKode.Kandidat::label).collect(Collectors.joining("; "));
			for (long row : e.getValue()) {
				if (issues.size() >= MAX_ISSUES) {
					break;
				}
				issues.add(switch (m.status()) {
					case GANDA -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeGanda", name,
							s.header(), candidates);
					case MIRIP -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeMirip", name,
							s.header(), candidates);
					default -> ImportIssue.error(row, s.header(), name, RULE, "datastore.galat.namaKodeTidakAda", name,
							s.header(), s.column().label());
				});
			}
		}
		return codes;
	}

	/**
	 * The CSV with each source's code column (named as the schema column): in place of the names when the
	 * schema has no column for them, so every other column keeps its position (total rows' values are
	 * read by position), else added at the end.
	 */
	private FilePreparer.Prepared rewrite(FilePreparer.Prepared prepared, List<Source> sources,
			List<Map<String, String>> codes) throws IOException {
		int offset = prepared.rowNumbers() ? 1 : 0;
		int width = prepared.headers().size();
		// file column → the source whose codes replace it; the kept ones' codes go after the last column
		Map<Integer, Integer> replaced = new HashMap<>();
		List<Integer> appended = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).keep()) {
				appended.add(i);
			}
			else {
				replaced.put(sources.get(i).index(), i);
			}
		}
		List<String> headers = new ArrayList<>(prepared.headers());
		replaced.forEach((index, i) -> headers.set(index, sources.get(i).column().name()));
		appended.forEach(i -> headers.add(sources.get(i).column().name()));
		Path out = tempFiles.newFile(".csv");
		boolean done = false;
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CsvWriter w = CsvWriter.builder().fieldSeparator(prepared.delimiter()).build(writer)) {
			boolean[] first = { true };
			read(prepared, r -> {
				List<String> fields = new ArrayList<>();
				if (first[0]) {
					first[0] = false;
					if (prepared.rowNumbers()) {
						fields.add(r.getField(0));
					}
					fields.addAll(headers);
					w.writeRecord(fields);
					return;
				}
				if (prepared.rowNumbers()) {
					fields.add(r.getField(0));
				}
				for (int c = 0; c < width; c++) {
					Integer source = replaced.get(c);
					fields.add(source != null ? code(r, sources.get(source), codes.get(source), offset)
							: c + offset < r.getFieldCount() ? r.getField(c + offset) : "");
				}
				for (int i : appended) {
					fields.add(code(r, sources.get(i), codes.get(i), offset));
				}
				w.writeRecord(fields);
			}, true);
			done = true;
		}
		finally {
			if (!done) {
				tempFiles.delete(out);
			}
		}
		if (prepared.temporary()) {
			tempFiles.delete(prepared.csv());
		}
		return new FilePreparer.Prepared(out, true, prepared.delimiter(), List.copyOf(headers), prepared.info(),
				prepared.rowNumbers());
	}

	/** The code for a record's name (a value that is not a name as it is; empty when empty). */
	private static String code(CsvRecord r, Source s, Map<String, String> codes, int offset) {
		String v = value(r, s.index() + offset);
		String code = v == null ? null : codes.get(v);
		return code != null ? code : v == null ? "" : v;
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

}
