package id.satudata.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded table, CSV or XLSX, as a stream of rows. The format is taken from the file's
 * content (an XLSX is a zip), not trusted from its name.
 */
public final class TabularFiles {

	private TabularFiles() {
	}

	public static ReadSummary read(Path file, ReadOptions options, RowHandler handler) {
		try {
			return switch (sniff(file)) {
				case XLSX -> XlsxTables.read(file, options, handler);
				case XLS -> XlsTables.read(file, options, handler);
				case CSV -> CsvTables.read(file, options, handler);
			};
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Encoding, byte-order mark and separator of a delimited text file. */
	public static CsvFormat csvFormat(Path file, ReadOptions.EncodingPolicy policy) {
		try {
			TextEncoding.Detected encoding = TextEncoding.detect(file, policy);
			return new CsvFormat(encoding.charset(), encoding.bomLength(),
					CsvTables.detectDelimiter(file, encoding));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Byte-order mark and separator of a delimited text file, taking a file without a byte-order mark
	 * to be UTF-8 without reading it all (a reader that validates UTF-8 finds out if it is not).
	 */
	public static CsvFormat csvFormatAssumingUtf8(Path file) {
		try {
			TextEncoding.Detected encoding = TextEncoding.fromByteOrderMark(file);
			return new CsvFormat(encoding.charset(), encoding.bomLength(), CsvTables.detectDelimiter(file, encoding));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Rewrites a delimited text file as plain UTF-8 (no byte-order mark), keeping its separator, so
	 * engines that read only UTF-8 can read it.
	 */
	public static void transcodeToUtf8(Path file, CsvFormat format, Path target) {
		try (java.io.Reader in = new java.io.InputStreamReader(skip(file, format.bomLength()), format.charset());
				java.io.Writer out = Files.newBufferedWriter(target, java.nio.charset.StandardCharsets.UTF_8)) {
			in.transferTo(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream skip(Path file, int bytes) throws IOException {
		InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
		in.skipNBytes(bytes);
		return in;
	}

	/** The visible sheet names of an XLSX or XLS file (for the user to choose from). */
	public static List<String> sheetNames(Path file) {
		try {
			if (sniff(file) == ReadSummary.Format.XLS) {
				return XlsTables.sheetNames(file);
			}
			return XlsxTables.sheets(file).stream().filter(s -> !s.hidden()).map(XlsxTables.Sheet::name).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether the name looks like a file we can read. */
	public static boolean isSupportedName(String filename) {
		String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv") || lower.endsWith(".xlsx")
				|| lower.endsWith(".xls");
	}

	public static ReadSummary.Format sniff(Path file) throws IOException {
		if (Files.size(file) == 0) {
			throw new TabularFileException("tabular.galat.kosong");
		}
		// enough of the start to tell text from binary (a NUL byte) and UTF-16 without a byte-order mark
		byte[] head = new byte[4096];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return ReadSummary.Format.XLSX;
		}
		if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return ReadSummary.Format.XLS;
		}
		boolean utf16 = n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
				|| ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
		if (!utf16 && looksLikeUtf16WithoutBom(head, n)) {
			throw new TabularFileException("tabular.galat.utf16TanpaBom");
		}
		for (int i = 0; i < n && !utf16; i++) {
			if (head[i] == 0) {
				throw new TabularFileException("tabular.galat.bukanTabel");
			}
		}
		return ReadSummary.Format.CSV;
	}

	/** Text saved as UTF-16 without a byte-order mark: every other byte of plain ASCII text is zero. */
	static boolean looksLikeUtf16WithoutBom(byte[] head, int n) {
		if (n < 8) {
			return false;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				if (i % 2 == 0) {
					evenZeros++;
				}
				else {
					oddZeros++;
				}
			}
		}
		int half = n / 2;
		return (oddZeros > half * 0.6 && evenZeros == 0) || (evenZeros > half * 0.6 && oddZeros == 0);
	}

}
