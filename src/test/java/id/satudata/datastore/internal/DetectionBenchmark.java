package id.satudata.datastore.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NameMatching;
import id.satudata.datastore.NumberFormat;
import id.satudata.referensi.NamaKode;

/**
 * Table detection and names to codes against the plain import of the same data (issue 15): two XLSX
 * files of 100,000 rows and 30 columns holding the same numbers (29 integer columns) for the same
 * villages of one province, imported against the same schema in the same run.
 * <ul>
 * <li>"plain": the header in the first row, the schema's column names, region codes in the first
 * column — detection finds nothing to do (the reader's look-ahead still runs);</li>
 * <li>"agency": a two-line title block and a blank line above a two-row merged header ("Jumlah
 * Penduduk" over the 29 column names), village names under "Desa/Kelurahan" instead of codes (each
 * matched to its code within the province), a "Jumlah" total row (checked against the sum of all rows)
 * and a "Sumber:" footnote.</li>
 * </ul>
 * Prints the medians and agency / plain (the issue's bound is 1.20), each run's pair (the two imports
 * back to back, in alternating order) and the ratio of the process CPU time (every thread, DuckDB's too:
 * less sensitive than wall-clock time to a loaded machine). Run: {@code bench/deteksi.sh}.
 */
public final class DetectionBenchmark {

	static final String PROVINCE = "33";
	static final int COLUMNS = 29;

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(System.getProperty("rows", "100000"));
		int runs = Integer.parseInt(System.getProperty("runs", "3"));
		Path dir = Files.createTempDirectory("satudata-bench-deteksi-");
		try (TestEngine t = new TestEngine(dir)) {
			Map<String, String> villages = uniqueVillages();
			List<String> codes = new ArrayList<>(villages.keySet());
			Path plain = dir.resolve("plain.xlsx");
			Path agency = dir.resolve("agency.xlsx");
			write(plain, rows, codes, villages, false);
			write(agency, rows, codes, villages, true);
			System.out.printf(Locale.ROOT, "files: %,d rows x %d columns; plain %.1f MB, agency %.1f MB; %,d villages%n",
					rows, COLUMNS + 1, Files.size(plain) / 1e6, Files.size(agency) / 1e6, codes.size());
			List<ColumnSpec> schema = schema();
			ImportOptions options = ImportOptions.defaults().withNames(new NameMatching(PROVINCE, Map.of()));
			List<Double> plainMs = new ArrayList<>();
			List<Double> agencyMs = new ArrayList<>();
			List<Double> plainCpu = new ArrayList<>();
			List<Double> agencyCpu = new ArrayList<>();
			List<Double> pairs = new ArrayList<>();
			for (int i = 0; i <= runs; i++) {
				boolean warmup = i == 0;
				// the order alternates, so neither file always runs second (a warmer JIT, a fuller heap)
				double[] p = new double[2];
				double[] a = new double[2];
				for (int k = 0; k < 2; k++) {
					if ((k == 0) == (i % 2 == 0)) {
						p = timed(() -> check(t.datastore.importTable(plain, schema, options), t, rows, false));
					}
					else {
						a = timed(() -> check(t.datastore.importTable(agency, schema, options), t, rows, true));
					}
				}
				ImportBenchmark.add(warmup, plainMs, p[0]);
				ImportBenchmark.add(warmup, agencyMs, a[0]);
				ImportBenchmark.add(warmup, plainCpu, p[1]);
				ImportBenchmark.add(warmup, agencyCpu, a[1]);
				ImportBenchmark.add(warmup, pairs, a[0] / p[0]);
			}
			double p = ImportBenchmark.median(plainMs);
			double a = ImportBenchmark.median(agencyMs);
			System.out.printf(Locale.ROOT, "plain XLSX import                      median %7.0f ms  runs %s  cpu %s%n", p,
					plainMs, plainCpu);
			System.out.printf(Locale.ROOT, "agency XLSX (detection + names→codes)  median %7.0f ms  runs %s  cpu %s%n", a,
					agencyMs, agencyCpu);
			System.out.printf(Locale.ROOT, "ratio agency / plain %.2f (bound 1.20)%n", a / p);
			System.out.printf(Locale.ROOT, "  each run's pair: %s; process CPU time agency / plain %.2f%n", pairs.stream()
				.map(x -> String.format(Locale.ROOT, "%.2f", x)).toList(),
					agencyCpu.stream().mapToDouble(Double::doubleValue).sum()
							/ plainCpu.stream().mapToDouble(Double::doubleValue).sum());
		}
	}

	/** Wall-clock and process CPU time (every thread, DuckDB's too) of one import, in ms. */
	static double[] timed(ImportBenchmark.Work work) throws Exception {
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpu0 = os.getProcessCpuTime();
		double wall = ImportBenchmark.time(work);
		return new double[] { wall, (os.getProcessCpuTime() - cpu0) / 1e6 };
	}

	static List<ColumnSpec> schema() {
		List<ColumnSpec> s = new ArrayList<>();
		s.add(new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null,
				false));
		for (int c = 1; c <= COLUMNS; c++) {
			s.add(new ColumnSpec(column(c), "K" + c, ColumnType.BILANGAN_BULAT, "jiwa", null, true, null, null, null,
					NumberFormat.STANDAR, false));
		}
		return s;
	}

	static String column(int c) {
		return String.format(Locale.ROOT, "k%02d", c);
	}

	/** The province's villages whose names match their own code alone (code → name). */
	static Map<String, String> uniqueVillages() {
		NamaKode matcher = TestEngine.NAMES.pencocok("wilayah", PROVINCE, "desa_kelurahan");
		Map<String, String> out = new java.util.TreeMap<>();
		Map<String, Integer> seen = new HashMap<>();
		List<NamaKode.Kandidat> all = new ArrayList<>();
		for (String code : TestEngine.REGION_CODES) {
			if (code.startsWith(PROVINCE + ".") && code.length() > 10) {
				matcher.kandidat(code).ifPresent(all::add);
			}
		}
		all.forEach(k -> seen.merge(NamaKode.dasar(k.nama()), 1, Integer::sum));
		for (NamaKode.Kandidat k : all) {
			if (seen.get(NamaKode.dasar(k.nama())) == 1 && matcher.cocokkan(k.nama()).status() == NamaKode.Status.TEPAT) {
				out.put(k.kode(), k.nama());
			}
		}
		return out;
	}

	static void write(Path file, int rows, List<String> codes, Map<String, String> names, boolean agency)
			throws Exception {
		Random random = new Random(42);
		long[] sums = new long[COLUMNS];
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("Data");
			int r = 0;
			if (agency) {
				s.createRow(r++).createCell(0).setCellValue("JUMLAH PENDUDUK MENURUT DESA/KELURAHAN DAN KELOMPOK");
				s.createRow(r++).createCell(0).setCellValue("PROVINSI JAWA TENGAH 2024");
				r++;
				Row group = s.createRow(r++);
				group.createCell(0).setCellValue("Desa/Kelurahan");
				group.createCell(1).setCellValue("Jumlah Penduduk");
				s.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 1, COLUMNS));
				s.addMergedRegion(new CellRangeAddress(r - 1, r, 0, 0));
				Row parts = s.createRow(r++);
				for (int c = 1; c <= COLUMNS; c++) {
					parts.createCell(c).setCellValue(column(c));
				}
			}
			else {
				Row header = s.createRow(r++);
				header.createCell(0).setCellValue("kode_wilayah");
				for (int c = 1; c <= COLUMNS; c++) {
					header.createCell(c).setCellValue(column(c));
				}
			}
			for (int i = 0; i < rows; i++) {
				Row row = s.createRow(r++);
				String code = codes.get(i % codes.size());
				row.createCell(0).setCellValue(agency ? names.get(code) : code);
				for (int c = 1; c <= COLUMNS; c++) {
					int v = random.nextInt(100_000);
					sums[c - 1] += v;
					row.createCell(c).setCellValue(v);
				}
			}
			if (agency) {
				Row total = s.createRow(r++);
				total.createCell(0).setCellValue("Jumlah");
				for (int c = 1; c <= COLUMNS; c++) {
					total.createCell(c).setCellValue(sums[c - 1]);
				}
				r++;
				s.createRow(r).createCell(0).setCellValue("Sumber: BPS Provinsi Jawa Tengah");
			}
			wb.write(out);
			wb.dispose();
		}
	}

	static void check(ImportResult r, TestEngine t, int rows, boolean agency) {
		if (!r.ok() || r.rows() != rows || r.warningCount() != 0) {
			throw new IllegalStateException("import failed: " + r.rows() + " rows, "
					+ r.issues().subList(0, Math.min(5, r.issues().size())));
		}
		if (agency && (r.file().headerRows() != 2 || r.file().footnotes().size() != 1
				|| r.file().excluded(id.satudata.shared.tabular.TableShaper.Kind.JUMLAH).size() != 1)) {
			throw new IllegalStateException("table not detected: " + r.file());
		}
		t.datastore.delete(r.table());
	}

}
