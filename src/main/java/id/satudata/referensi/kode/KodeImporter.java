package id.satudata.referensi.kode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.ReadSummary;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.tabular.Tanggal;

/**
 * Reads a code-list file (CSV or XLSX) and checks every row: required columns, code format,
 * duplicates, blank labels, dates, parents that exist, no cycles. It changes nothing: the
 * service applies the result only when there is not a single error.
 */
@Component
public class KodeImporter {

	public static final int MAX_ROWS = 500_000;
	public static final int MAX_ERRORS_KEPT = 1000;
	static final Pattern KODE = Pattern.compile("[\\p{L}\\p{N}._/\\-]{1,50}");
	static final Pattern ATRIBUT = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	static final String KOLOM_KODE = "kode";
	static final String KOLOM_NAMA = "nama";
	static final String KOLOM_INDUK = "kode_induk";
	static final String KOLOM_TINGKAT = "tingkat";
	static final String KOLOM_MULAI = "berlaku_mulai";
	static final String KOLOM_SAMPAI = "berlaku_sampai";

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("kode", KOLOM_KODE),
			Map.entry("code", KOLOM_KODE), Map.entry("nama", KOLOM_NAMA), Map.entry("label", KOLOM_NAMA),
			Map.entry("name", KOLOM_NAMA), Map.entry("uraian", KOLOM_NAMA), Map.entry("kode_induk", KOLOM_INDUK),
			Map.entry("induk", KOLOM_INDUK), Map.entry("parent", KOLOM_INDUK), Map.entry("tingkat", KOLOM_TINGKAT),
			Map.entry("level", KOLOM_TINGKAT), Map.entry("berlaku_mulai", KOLOM_MULAI),
			Map.entry("valid_from", KOLOM_MULAI), Map.entry("berlaku_sampai", KOLOM_SAMPAI),
			Map.entry("valid_to", KOLOM_SAMPAI));

	/** The outcome: the rows to apply, or the errors that stop it. */
	record Result(List<KodeRow> rows, List<ImportError> errors, long errorCount, ReadSummary summary,
			Set<String> atributNames) {

		boolean ok() {
			return errorCount == 0;
		}

	}

	Result read(Path file, Map<String, KodeItem> existing, ImportMode mode) {
		boolean padShortRows = isXlsx(file);
		Handler handler = new Handler(padShortRows);
		ReadSummary summary = TabularFiles.read(file, ReadOptions.strictUtf8().withMaxRows(MAX_ROWS), handler);
		if (handler.headerOk) {
			if (handler.rows.isEmpty() && handler.errorCount == 0) {
				handler.error(ImportError.of(2, null, null, "impor.galat.tanpaData"));
			}
			checkParents(handler, existing, mode);
		}
		return new Result(handler.rows, handler.errors, handler.errorCount, summary, handler.atributNames);
	}

	private static boolean isXlsx(Path file) {
		try {
			return TabularFiles.sniff(file) != ReadSummary.Format.CSV;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void checkParents(Handler h, Map<String, KodeItem> existing, ImportMode mode) {
		Map<String, String> parentOf = new HashMap<>();
		for (KodeRow r : h.rows) {
			if (r.kodeInduk() != null) {
				parentOf.put(r.kode(), r.kodeInduk());
			}
		}
		for (int i = 0; i < h.rows.size(); i++) {
			KodeRow r = h.rows.get(i);
			String induk = r.kodeInduk();
			if (induk == null) {
				continue;
			}
			long baris = h.rowNumbers.get(i);
			boolean inFile = h.seen.containsKey(induk);
			KodeItem stored = existing.get(induk);
			if (!inFile) {
				if (stored == null || mode == ImportMode.GANTI) {
					h.error(ImportError.of(baris, KOLOM_INDUK, induk, "impor.galat.indukTidakAda", induk));
					continue;
				}
				if (!stored.aktif()) {
					h.error(ImportError.of(baris, KOLOM_INDUK, induk, "impor.galat.indukPensiun", induk));
					continue;
				}
			}
			// a cycle: following parents comes back to this code
			Set<String> visited = new HashSet<>();
			String cursor = induk;
			while (cursor != null && visited.add(cursor)) {
				if (cursor.equals(r.kode())) {
					h.error(ImportError.of(baris, KOLOM_INDUK, induk, "impor.galat.siklus", r.kode()));
					break;
				}
				cursor = parentOf.containsKey(cursor) ? parentOf.get(cursor)
						: existing.containsKey(cursor) && !h.seen.containsKey(cursor) ? existing.get(cursor).kodeInduk()
								: null;
			}
		}
	}

	private static final class Handler implements RowHandler {

		private final boolean padShortRows;
		private final List<KodeRow> rows = new ArrayList<>();
		private final List<Long> rowNumbers = new ArrayList<>();
		private final Map<String, Long> seen = new HashMap<>();
		private final List<ImportError> errors = new ArrayList<>();
		private final Set<String> atributNames = new LinkedHashSet<>();
		private long errorCount;
		private boolean headerOk;
		private List<String> columns = List.of();
		private List<String> headerNames = List.of();
		private int iKode = -1;
		private int iNama = -1;
		private int iInduk = -1;
		private int iTingkat = -1;
		private int iMulai = -1;
		private int iSampai = -1;

		Handler(boolean padShortRows) {
			this.padShortRows = padShortRows;
		}

		void error(ImportError e) {
			errorCount++;
			if (errors.size() < MAX_ERRORS_KEPT) {
				errors.add(e);
			}
		}

		@Override
		public void header(List<String> names) {
			headerNames = names;
			List<String> cols = new ArrayList<>();
			Set<String> distinct = new HashSet<>();
			for (int i = 0; i < names.size(); i++) {
				String raw = names.get(i);
				String norm = raw.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
				String col = ALIASES.getOrDefault(norm, norm);
				if (raw.isBlank()) {
					error(ImportError.of(1, "#" + (i + 1), null, "impor.galat.headerKosong", i + 1));
				}
				else if (!ALIASES.containsKey(norm) && !ATRIBUT.matcher(norm).matches()) {
					error(ImportError.of(1, raw, raw, "impor.galat.headerTidakValid", raw));
				}
				else if (!distinct.add(col)) {
					error(ImportError.of(1, raw, raw, "impor.galat.headerGanda", raw));
				}
				cols.add(col);
			}
			columns = cols;
			iKode = cols.indexOf(KOLOM_KODE);
			iNama = cols.indexOf(KOLOM_NAMA);
			iInduk = cols.indexOf(KOLOM_INDUK);
			iTingkat = cols.indexOf(KOLOM_TINGKAT);
			iMulai = cols.indexOf(KOLOM_MULAI);
			iSampai = cols.indexOf(KOLOM_SAMPAI);
			if (iKode < 0) {
				error(ImportError.of(1, KOLOM_KODE, null, "impor.galat.kolomWajib", KOLOM_KODE));
			}
			if (iNama < 0) {
				error(ImportError.of(1, KOLOM_NAMA, null, "impor.galat.kolomWajib", KOLOM_NAMA));
			}
			headerOk = errorCount == 0;
			if (headerOk) {
				for (String c : cols) {
					if (!ALIASES.containsValue(c)) {
						atributNames.add(c);
					}
				}
			}
		}

		@Override
		public void row(long baris, String[] values) {
			if (!headerOk) {
				return;
			}
			if (values.length > columns.size()) {
				error(ImportError.of(baris, null, null, "impor.galat.kolomLebih", values.length, columns.size()));
				return;
			}
			if (values.length < columns.size() && !padShortRows) {
				error(ImportError.of(baris, null, null, "impor.galat.kolomKurang", values.length, columns.size()));
				return;
			}
			long before = errorCount;
			String kode = cell(values, iKode);
			if (kode == null) {
				error(ImportError.of(baris, KOLOM_KODE, null, "impor.galat.kodeKosong"));
			}
			else if (!KODE.matcher(kode).matches()) {
				error(ImportError.of(baris, KOLOM_KODE, kode, "impor.galat.kodeTidakValid"));
			}
			else if (seen.containsKey(kode)) {
				error(ImportError.of(baris, KOLOM_KODE, kode, "impor.galat.kodeGanda", seen.get(kode)));
			}
			String nama = cell(values, iNama);
			if (nama == null) {
				error(ImportError.of(baris, KOLOM_NAMA, null, "impor.galat.namaKosong"));
			}
			else if (nama.length() > 500) {
				error(ImportError.of(baris, KOLOM_NAMA, nama, "impor.galat.terlaluPanjang", 500));
			}
			String induk = cell(values, iInduk);
			if (induk != null && induk.equals(kode)) {
				error(ImportError.of(baris, KOLOM_INDUK, induk, "impor.galat.indukDiriSendiri"));
			}
			String tingkat = cell(values, iTingkat);
			if (tingkat != null && tingkat.length() > 50) {
				error(ImportError.of(baris, KOLOM_TINGKAT, tingkat, "impor.galat.terlaluPanjang", 50));
			}
			LocalDate mulai = date(baris, values, iMulai, KOLOM_MULAI);
			LocalDate sampai = date(baris, values, iSampai, KOLOM_SAMPAI);
			if (mulai != null && sampai != null && sampai.isBefore(mulai)) {
				error(ImportError.of(baris, KOLOM_SAMPAI, values[iSampai], "impor.galat.tanggalTerbalik"));
			}
			Map<String, String> atribut = new LinkedHashMap<>();
			int atributLength = 0;
			for (int i = 0; i < columns.size(); i++) {
				if (ALIASES.containsValue(columns.get(i))) {
					continue;
				}
				String v = cell(values, i);
				if (v != null) {
					if (v.length() > 500) {
						error(ImportError.of(baris, headerNames.get(i), v, "impor.galat.terlaluPanjang", 500));
					}
					atribut.put(columns.get(i), v);
					atributLength += columns.get(i).length() + v.length() + 6;
				}
			}
			if (atributLength > 3900) {
				error(ImportError.of(baris, null, null, "impor.galat.atributTerlaluPanjang"));
			}
			if (kode != null && !seen.containsKey(kode)) {
				seen.put(kode, baris);
			}
			if (errorCount == before) {
				rows.add(new KodeRow(kode, nama, induk, tingkat, mulai, sampai, atribut));
				rowNumbers.add(baris);
			}
		}

		private LocalDate date(long baris, String[] values, int index, String kolom) {
			String text = cell(values, index);
			if (text == null) {
				return null;
			}
			LocalDate d = Tanggal.parse(text);
			if (d == null) {
				error(ImportError.of(baris, kolom, text, "impor.galat.tanggal"));
			}
			return d;
		}

		private static String cell(String[] values, int index) {
			if (index < 0 || index >= values.length) {
				return null;
			}
			String v = values[index].strip();
			return v.isEmpty() ? null : v;
		}

	}

}
