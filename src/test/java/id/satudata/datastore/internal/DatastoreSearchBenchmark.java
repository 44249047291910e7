package id.satudata.datastore.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.satudata.datastore.Aggregation;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.kueri.QueryEngine;

/**
 * datastore_search benchmark (catalog issue), at the datastore's API: the 1,000,000-row release of
 * {@link ImportBenchmark}, imported and validated, then, warm,
 * <ul>
 * <li>a filter, a sort and limit 100 with the total count, as {@code datastore_search} asks it;</li>
 * <li>a group-by aggregate (sum and count per age group, filtered by sex), as the chart asks it;</li>
 * </ul>
 * each beside the same SQL written by hand and run straight on the release's Parquet file in the
 * same DuckDB (the floor the engine sets), so the figure is a ratio: our query building, checks and
 * result mapping over the bare engine. Run: {@code bench/datastore-search.sh}.
 */
public final class DatastoreSearchBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(System.getProperty("rows", "1000000"));
		int runs = Integer.parseInt(System.getProperty("runs", "200"));
		Path dir = Files.createTempDirectory("satudata-bench-");
		try (TestEngine t = new TestEngine(dir)) {
			Path csv = ImportBenchmark.generate(dir.resolve("data.csv"), rows);
			List<ColumnSpec> schema = ImportBenchmark.schema(true);
			ImportResult imported = t.datastore.importTable(csv, schema, ImportOptions.defaults());
			if (!imported.ok()) {
				throw new IllegalStateException("import failed: " + imported.issues());
			}
			TableRef table = imported.table();
			String parquet = t.store.localPath(table.storageKey()).toString().replace("'", "''");
			System.out.printf(Locale.ROOT, "release: %,d rows, Parquet %.1f MB%n", table.rows(),
					Files.size(Path.of(parquet)) / 1e6);

			String rawSearch = "SELECT file_row_number + 1 AS _id, kode_wilayah, tahun, jenis_kelamin, kelompok_umur, jumlah, "
					+ "persentase FROM read_parquet('" + parquet + "', file_row_number = true) "
					+ "WHERE jenis_kelamin = ? AND tahun >= ? ORDER BY jumlah DESC, kode_wilayah LIMIT 100";
			String rawCount = "SELECT count(*) FROM read_parquet('" + parquet + "') WHERE jenis_kelamin = ? AND tahun >= ?";
			Aggregation group = new Aggregation(List.of("kelompok_umur"),
					List.of(new Aggregation.Metric(Aggregation.Function.SUM, "jumlah"),
							new Aggregation.Metric(Aggregation.Function.COUNT, null)),
					new Query(Map.of("jenis_kelamin", List.of("Perempuan")), Map.of(), null, List.of(), List.of(), false, 0,
							0, false),
					1000);
			String rawGroup = "SELECT kelompok_umur, sum(jumlah) AS sum_jumlah, count(*) AS count FROM read_parquet('"
					+ parquet + "') WHERE jenis_kelamin = ? GROUP BY kelompok_umur ORDER BY kelompok_umur LIMIT 1000";

			List<Double> ours = new ArrayList<>();
			List<Double> raw = new ArrayList<>();
			List<Double> oursGroup = new ArrayList<>();
			List<Double> rawGroupTimes = new ArrayList<>();
			int warmup = Math.max(20, runs / 10);
			for (int i = 0; i < warmup + runs; i++) {
				boolean w = i < warmup;
				// a new condition every run (every year is >= 2020, so the same rows), so that the total is
				// counted every time, as the hand-written SQL does, never taken from the cache of totals
				int fromYear = 2020 - i;
				Query search = new Query(Map.of("jenis_kelamin", List.of("Perempuan")),
						Map.of("tahun", Map.of("gte", fromYear)), null, List.of("jumlah desc", "kode_wilayah"), List.of(),
						false, 100, 0, true);
				ImportBenchmark.add(w, ours, ImportBenchmark.time(() -> expect(t.datastore.search(table, search), 100)));
				ImportBenchmark.add(w, raw, ImportBenchmark.time(() -> {
					try (Connection c = t.duck.connection()) {
						expect(count(c, rawSearch, "Perempuan", fromYear), 100);
						count(c, rawCount, "Perempuan", fromYear);
					}
				}));
				ImportBenchmark.add(w, oursGroup, ImportBenchmark.time(() -> expect(t.datastore.aggregate(table, group), 16)));
				ImportBenchmark.add(w, rawGroupTimes, ImportBenchmark.time(() -> {
					try (Connection c = t.duck.connection()) {
						expect(count(c, rawGroup, "Perempuan"), 16);
					}
				}));
			}
			report("datastore_search filter+sort+limit 100 (+total)", ours, raw);
			report("group-by aggregate (sum, count by age group)", oursGroup, rawGroupTimes);
			String narrowFilter = "jenis_kelamin = 'Perempuan' AND tahun >= %d ORDER BY jumlah DESC, kode_wilayah";
			textAndDeepPages(t, table, "6 columns", i -> String.valueOf(1000 + i % 9000), narrowFilter, runs, Double.NaN);
			if (!"false".equals(System.getProperty("wide"))) {
				Path wideCsv = ImportBenchmark.generateWide(dir.resolve("wide.csv"), rows);
				long importStart = System.nanoTime();
				ImportResult wide = t.datastore.importTable(wideCsv, ImportBenchmark.wideSchema(), ImportOptions.defaults());
				double importMs = (System.nanoTime() - importStart) / 1e6;
				if (!wide.ok()) {
					throw new IllegalStateException("import failed: " + wide.issues());
				}
				Files.delete(wideCsv);
				textAndDeepPages(t, wide.table(), "28 columns", i -> "merdeka no. " + (i % 500) + " rt",
						"kabupaten = 'Kota Padang' AND angka_1 >= %d ORDER BY angka_2 DESC, kode", runs, importMs);
			}
		}
	}

	/**
	 * Full-text {@code q} (a new word every run, so every total is counted) and a page at offset
	 * 900,000 through the datastore, each beside, in the same run and alternately, a filter + sort +
	 * limit 100 with its count written by hand on the same Parquet file (the issue's reference), and
	 * beside the single query the engine used to send for them, also by hand ("before"). The full-text
	 * {@code q} also beside the same engine without a search text (each text column lower-cased at
	 * every search, as before it), and the search text's one-off writing time beside the import's.
	 */
	static void textAndDeepPages(TestEngine t, TableRef table, String what, java.util.function.IntFunction<String> word,
			String filterSort, int runs, double importMs) throws Exception {
		QueryEngine withoutSearchText = new QueryEngine(t.duck, t.store, t.temp, t.properties, Long.MAX_VALUE);
		long writeStart = System.nanoTime();
		boolean written = t.engine.awaitSearchText(table);
		System.out.printf(Locale.ROOT, "%s: search text %s in %.0f ms (the import took %.0f ms)%n", what,
				written ? "written" : "not needed", (System.nanoTime() - writeStart) / 1e6, importMs);
		List<Double> oursWithout = new ArrayList<>();
		// CPU time of the whole process (Java and DuckDB's threads) per search: a load-independent ratio
		List<Double> oursCpu = new ArrayList<>();
		List<Double> oursWithoutCpu = new ArrayList<>();
		String parquet = t.store.localPath(table.storageKey()).toString().replace("'", "''");
		String source = "(SELECT file_row_number + 1 AS _id, * EXCLUDE (file_row_number) FROM read_parquet('" + parquet
				+ "', file_row_number = true))";
		List<String> text = table.columns().stream().filter(c -> c.type().textual()).map(ColumnSpec::name).toList();
		String ilike = " WHERE (" + String.join(" OR ", text.stream().map(c -> c + " ILIKE ? ESCAPE '\\'").toList()) + ")";
		String filter = filterSort.substring(0, filterSort.indexOf(" ORDER BY"));
		long deep = Math.min(900_000, table.rows() * 9 / 10);
		List<Double> ours = new ArrayList<>();
		List<Double> before = new ArrayList<>();
		List<Double> reference = new ArrayList<>();
		List<Double> oursDeep = new ArrayList<>();
		List<Double> beforeDeep = new ArrayList<>();
		int warmup = Math.max(5, runs / 10);
		int n = Math.max(10, runs / 4);
		for (int i = 0; i < warmup + n; i++) {
			boolean w = i < warmup;
			String q = word.apply(i);
			int from = -i;
			ImportBenchmark.add(w, reference, ImportBenchmark.time(() -> {
				try (Connection c = t.duck.connection()) {
					expect(count(c, "SELECT * FROM " + source + " WHERE " + String.format(Locale.ROOT, filterSort, from)
							+ " LIMIT 100"), 100);
					count(c, "SELECT count(*) FROM " + source + " WHERE " + String.format(Locale.ROOT, filter, from));
				}
			}));
			Query search = new Query(Map.of(), Map.of(), q, List.of(), List.of(), false, 100, 0, true);
			long cpu0 = processCpu();
			ImportBenchmark.add(w, ours, ImportBenchmark.time(() -> t.datastore.search(table, search)));
			long cpu1 = processCpu();
			ImportBenchmark.add(w, oursWithout, ImportBenchmark.time(() -> withoutSearchText.search(table, search)));
			ImportBenchmark.add(w, oursCpu, (cpu1 - cpu0) / 1e6);
			ImportBenchmark.add(w, oursWithoutCpu, (processCpu() - cpu1) / 1e6);
			ImportBenchmark.add(w, before, ImportBenchmark.time(() -> {
				try (Connection c = t.duck.connection()) {
					Object[] needles = java.util.Collections.nCopies(text.size(), "%" + q + "%").toArray();
					count(c, "SELECT * FROM " + source + ilike + " ORDER BY _id LIMIT 100", needles);
					count(c, "SELECT count(*) FROM " + source + ilike, needles);
				}
			}));
			long offset = deep + i;
			Query page = new Query(Map.of(), Map.of(), null, List.of(), List.of(), false, 100, offset, true);
			ImportBenchmark.add(w, oursDeep, ImportBenchmark.time(() -> expect(t.datastore.search(table, page), 100)));
			ImportBenchmark.add(w, beforeDeep, ImportBenchmark.time(() -> {
				try (Connection c = t.duck.connection()) {
					expect(count(c, "SELECT * FROM " + source + " ORDER BY _id LIMIT 100 OFFSET " + offset), 100);
					count(c, "SELECT count(*) FROM " + source);
				}
			}));
		}
		System.out.printf(Locale.ROOT, "%s, %,d rows: reference filter+sort+limit 100 (+count) by hand  median %7.1f ms%n",
				what, table.rows(), ImportBenchmark.median(reference));
		vs("  q full text, new word each run (+total)", ours, before, reference);
		vs("  q without the search text (+total)", oursWithout, before, reference);
		System.out.printf(Locale.ROOT, "  q CPU time per search (process, mean): %.1f ms; without the search text %.1f ms: x%.2f%n",
				mean(oursCpu), mean(oursWithoutCpu), mean(oursCpu) / mean(oursWithoutCpu));
		vs("  offset " + String.format(Locale.ROOT, "%,d", deep) + " (+total)", oursDeep, beforeDeep, reference);
		System.out.printf(Locale.ROOT, "  peak heap used so far: %.0f MB%n", ImportBenchmark.peakHeap() / 1e6);
	}

	private static void vs(String what, List<Double> ours, List<Double> before, List<Double> reference) {
		double m = ImportBenchmark.median(ours);
		System.out.printf(Locale.ROOT, "%-45s median %7.1f ms (p95 %7.1f)  before %7.1f ms  x%.2f of reference (before x%.2f)%n",
				what, m, percentile(ours, 0.95), ImportBenchmark.median(before), m / ImportBenchmark.median(reference),
				ImportBenchmark.median(before) / ImportBenchmark.median(reference));
	}

	private static void report(String what, List<Double> ours, List<Double> raw) {
		System.out.printf(Locale.ROOT, "%-50s median %6.2f ms (p95 %6.2f)   hand-written SQL on the Parquet %6.2f ms   ratio %.2f%n",
				what, ImportBenchmark.median(ours), percentile(ours, 0.95), ImportBenchmark.median(raw),
				ImportBenchmark.median(ours) / ImportBenchmark.median(raw));
	}

	private static void expect(QueryResult r, int records) {
		if (r.records().size() != records) {
			throw new IllegalStateException("expected " + records + " records, got " + r.records().size());
		}
	}

	private static void expect(int got, int records) {
		if (got != records) {
			throw new IllegalStateException("expected " + records + " rows, got " + got);
		}
	}

	/** Runs a query and reads every cell of every row, as the engine does; returns the row count. */
	private static int count(Connection c, String sql, Object... params) throws Exception {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				s.setObject(i + 1, params[i]);
			}
			int n = 0;
			try (ResultSet rs = s.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int col = 1; col <= columns; col++) {
						rs.getObject(col);
					}
					n++;
				}
			}
			return n;
		}
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double mean(List<Double> xs) {
		return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	private static double percentile(List<Double> xs, double p) {
		List<Double> s = new ArrayList<>(xs);
		java.util.Collections.sort(s);
		return s.isEmpty() ? Double.NaN : s.get(Math.min(s.size() - 1, (int) Math.floor(p * s.size())));
	}

}
