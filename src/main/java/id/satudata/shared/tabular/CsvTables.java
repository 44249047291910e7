package id.satudata.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Reads delimited text: encoding, byte-order mark and separator are detected. */
final class CsvTables {

	private static final char[] CANDIDATES = { ',', ';', '\t', '|' };
	private static final int SAMPLE_CHARS = 64 * 1024;

	private CsvTables() {
	}

	static ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
		TextEncoding.Detected encoding = TextEncoding.detect(file, options.encoding());
		char delimiter = detectDelimiter(file, encoding);
		long rows = 0;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(encoding.bomLength());
			Reader reader = new InputStreamReader(in, encoding.charset());
			CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
					.commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
					.allowMissingFields(true).detectBomHeader(false).ofCsvRecord(reader);
			boolean headerSeen = false;
			for (CsvRecord record : csv) {
				if (!headerSeen) {
					handler.headerRow(record.getStartingLineNumber());
					handler.header(cleanHeader(record.getFields()));
					headerSeen = true;
					continue;
				}
				if (isBlank(record)) {
					continue;
				}
				rows++;
				if (options.maxRows() > 0 && rows > options.maxRows()) {
					throw new TabularFileException("tabular.galat.terlaluBanyakBaris", options.maxRows());
				}
				handler.row(record.getStartingLineNumber(), record.getFields().toArray(String[]::new));
			}
			if (!headerSeen) {
				throw new TabularFileException("tabular.galat.kosong");
			}
		}
		catch (CsvParseException e) {
			throw new TabularFileException("tabular.galat.csvRusak", rows + 2);
		}
		return new ReadSummary(ReadSummary.Format.CSV, encoding.charset().name(), delimiter, encoding.bomLength() > 0,
				null, rows, List.of());
	}

	private static boolean isBlank(CsvRecord record) {
		for (String f : record.getFields()) {
			if (!f.isBlank()) {
				return false;
			}
		}
		return true;
	}

	static List<String> cleanHeader(List<String> fields) {
		List<String> names = new ArrayList<>(fields.size());
		for (String f : fields) {
			names.add(f.replace("\uFEFF", "").strip());
		}
		return names;
	}

	/** The candidate separator that splits the first lines most consistently. */
	static char detectDelimiter(Path file, TextEncoding.Detected encoding) throws IOException {
		char[] buf = new char[SAMPLE_CHARS];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(encoding.bomLength());
			n = new InputStreamReader(in, encoding.charset()).read(buf);
		}
		if (n <= 0) {
			throw new TabularFileException("tabular.galat.kosong");
		}
		List<int[]> perLine = new ArrayList<>();
		int[] counts = new int[CANDIDATES.length];
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < n && perLine.size() < 50; i++) {
			char c = buf[i];
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (any) {
					perLine.add(counts);
				}
				counts = new int[CANDIDATES.length];
				any = false;
			}
			else if (!quoted) {
				any = true;
				for (int k = 0; k < CANDIDATES.length; k++) {
					if (c == CANDIDATES[k]) {
						counts[k]++;
					}
				}
			}
		}
		if (any && n < SAMPLE_CHARS) {
			perLine.add(counts);
		}
		// the count most lines share, not the first line's: a title line above the table ("Jumlah Penduduk,
		// Kota X 2024") holds no separator, or another one
		char best = ',';
		double bestScore = 0;
		for (int k = 0; k < CANDIDATES.length; k++) {
			if (perLine.isEmpty()) {
				break;
			}
			// the most common non-zero count: a title line above the table has no separator (or another count)
			int typical = typicalCount(perLine, k);
			if (typical == 0) {
				continue;
			}
			int same = 0;
			for (int[] line : perLine) {
				if (line[k] == typical) {
					same++;
				}
			}
			double score = (double) same / perLine.size() * 1000 + typical;
			if (score > bestScore) {
				bestScore = score;
				best = CANDIDATES[k];
			}
		}
		return best;
	}

	private static int typicalCount(List<int[]> perLine, int k) {
		java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
		for (int[] line : perLine) {
			if (line[k] > 0) {
				counts.merge(line[k], 1, Integer::sum);
			}
		}
		return counts.entrySet().stream()
			.max(java.util.Map.Entry.<Integer, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
			.map(java.util.Map.Entry::getKey).orElse(0);
	}

}
