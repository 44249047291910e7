package id.satudata.datastore.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.postgresql.PGConnection;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NumberFormat;

/**
 * Import benchmark (catalog and collection issues): a 1,000,000-row, 6-column CSV (~50 MB) imported
 * into a validated, typed release, beside — in the same run, on the same file —
 * <ul>
 * <li>DuckDB's own {@code read_csv} → Parquet ({@code COPY (SELECT * FROM read_csv(...)) TO ...}, with the
 * compression the datastore stores releases in);</li>
 * <li>PostgreSQL {@code COPY} into a typed table with a serial primary key (if a server is given);</li>
 * <li>our import with only type checks ("plain") and with a region-code column checked against the
 * 91,599 Kemendagri codes, a key-uniqueness rule and a range rule ("validated").</li>
 * </ul>
 * Run: {@code ./mvnw -Pbench verify} or {@code bench/import.sh}; the JVM runs with {@code -Xmx512m}, so a
 * run that loaded the file into the heap would fail. Prints medians and ratios.
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(System.getProperty("rows", "1000000"));
		int runs = Integer.parseInt(System.getProperty("runs", "5"));
		String pg = System.getenv("SATUDATA_TEST_POSTGRES_URL");
		Path dir = Files.createTempDirectory("satudata-bench-");
		try (TestEngine t = new TestEngine(dir)) {
			Path csv = generate(dir.resolve("data.csv"), rows);
			System.out.printf(Locale.ROOT, "file: %,d rows, %.1f MB%n", rows, Files.size(csv) / 1e6);
			List<ColumnSpec> plain = schema(false);
			List<ColumnSpec> validated = schema(true);
			List<Double> duck = new ArrayList<>();
			List<Double> ours = new ArrayList<>();
			List<Double> oursValidated = new ArrayList<>();
			List<Double> copy = new ArrayList<>();
			for (int i = 0; i <= runs; i++) {
				boolean warmup = i == 0;
				add(warmup, duck, time(() -> duckdbBaseline(t, csv, dir.resolve("baseline.parquet"))));
				add(warmup, ours, time(() -> check(t.datastore.importTable(csv, plain, ImportOptions.defaults()), t)));
				add(warmup, oursValidated,
						time(() -> check(t.datastore.importTable(csv, validated, ImportOptions.defaults()), t)));
				if (pg != null && !pg.isBlank()) {
					add(warmup, copy, time(() -> postgresCopy(pg, csv)));
				}
			}
			System.out.printf(Locale.ROOT, "DuckDB read_csv -> Parquet   median %7.0f ms%n", median(duck));
			System.out.printf(Locale.ROOT, "import (types only)          median %7.0f ms   ratio to DuckDB %.2f%n",
					median(ours), median(ours) / median(duck));
			System.out.printf(Locale.ROOT, "import (validated)           median %7.0f ms   ratio to DuckDB %.2f, to plain import %.2f%n",
					median(oursValidated), median(oursValidated) / median(duck), median(oursValidated) / median(ours));
			if (!copy.isEmpty()) {
				System.out.printf(Locale.ROOT, "PostgreSQL COPY (serial PK)  median %7.0f ms   validated import / COPY %.2f%n",
						median(copy), median(oursValidated) / median(copy));
			}
			System.out.printf(Locale.ROOT, "peak heap used: %.0f MB (max %.0f MB)%n", peakHeap() / 1e6,
					Runtime.getRuntime().maxMemory() / 1e6);
		}
	}

	static List<ColumnSpec> schema(boolean rules) {
		return List.of(
				new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, rules ? "wilayah" : null, true, null,
						null, null, null, rules),
				new ColumnSpec("tahun", "Tahun", ColumnType.BILANGAN_BULAT, null, null, true,
						rules ? new BigDecimal("2000") : null, rules ? new BigDecimal("2100") : null, null, null, rules),
				new ColumnSpec("jenis_kelamin", "Jenis Kelamin", ColumnType.TEKS, null, null, true, null, null, null, null,
						rules),
				new ColumnSpec("kelompok_umur", "Kelompok Umur", ColumnType.TEKS, null, null, true, null, null, null, null,
						rules),
				new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, "jiwa", null, true,
						rules ? BigDecimal.ZERO : null, null, null, NumberFormat.STANDAR, false),
				new ColumnSpec("persentase", "Persentase", ColumnType.DESIMAL, "%", null, false,
						rules ? BigDecimal.ZERO : null, rules ? new BigDecimal("100") : null, null, NumberFormat.STANDAR,
						false));
	}

	/** Unique (kode_wilayah, tahun, jenis_kelamin, kelompok_umur) rows over real village codes. */
	static Path generate(Path file, int rows) throws IOException {
		List<String> desa = new ArrayList<>(TestEngine.REGION_CODES.stream().filter(k -> k.length() > 10).sorted().toList());
		Collections.shuffle(desa, new Random(42));
		String[] umur = { "0-4 tahun", "5-9 tahun", "10-14 tahun", "15-19 tahun", "20-24 tahun", "25-29 tahun",
				"30-34 tahun", "35-39 tahun", "40-44 tahun", "45-49 tahun", "50-54 tahun", "55-59 tahun", "60-64 tahun",
				"65-69 tahun", "70-74 tahun", "75 tahun ke atas" };
		Random random = new Random(7);
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("kode_wilayah,tahun,jenis_kelamin,kelompok_umur,jumlah,persentase\n");
			int n = 0;
			outer: for (int year = 2020; ; year++) {
				for (String kode : desa) {
					for (String jk : new String[] { "L", "P" }) {
						for (String u : umur) {
							w.write(kode + "," + year + "," + (jk.equals("L") ? "Laki-laki" : "Perempuan") + "," + u + ","
									+ random.nextInt(100_000) + "," + String.format(Locale.ROOT, "%.4f", random.nextDouble() * 100)
									+ "\n");
							if (++n == rows) {
								break outer;
							}
						}
					}
				}
			}
		}
		return file;
	}

	/** The wide table's schema: 7 text columns, 2 dates, 10 whole numbers, 9 decimals (28 columns). */
	static List<ColumnSpec> wideSchema() {
		List<ColumnSpec> columns = new ArrayList<>();
		for (String t : new String[] { "kode", "nama", "kabupaten", "kategori", "status", "alamat", "keterangan" }) {
			columns.add(new ColumnSpec(t, t, ColumnType.TEKS, null, null, !t.equals("keterangan"), null, null, null, null,
					t.equals("kode")));
		}
		columns.add(ColumnSpec.of("tanggal_berdiri", "Tanggal berdiri", ColumnType.TANGGAL));
		columns.add(ColumnSpec.of("tanggal_data", "Tanggal data", ColumnType.TANGGAL));
		for (int i = 1; i <= 10; i++) {
			columns.add(ColumnSpec.of("angka_" + i, "Angka " + i, ColumnType.BILANGAN_BULAT));
		}
		for (int i = 1; i <= 9; i++) {
			columns.add(ColumnSpec.of("nilai_" + i, "Nilai " + i, ColumnType.DESIMAL));
		}
		return columns;
	}

	/** A wide file (issue 18): mixed text, dates and numbers, one row per facility, ~285 bytes a row. */
	static Path generateWide(Path file, int rows) throws IOException {
		String[] kab = { "Kota Padang", "Kabupaten Agam", "Kota Bukittinggi", "Kabupaten Solok", "Kabupaten Tanah Datar",
				"Kota Payakumbuh", "Kabupaten Pasaman Barat", "Kabupaten Dharmasraya" };
		String[] kat = { "Sekolah Dasar", "Sekolah Menengah Pertama", "Sekolah Menengah Atas", "Puskesmas",
				"Rumah Sakit Umum", "Pasar Tradisional", "Kantor Desa", "Masjid Raya" };
		String[] st = { "Aktif", "Tidak Aktif", "Dalam Perbaikan", "Direncanakan" };
		Random r = new Random(3);
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			StringBuilder h = new StringBuilder(String.join(",", wideSchema().stream().map(ColumnSpec::name).toList()));
			w.write(h.append('\n').toString());
			StringBuilder b = new StringBuilder();
			for (int n = 0; n < rows; n++) {
				b.setLength(0);
				b.append('K').append(1_000_000 + n).append(",Fasilitas ").append(kat[n % 8]).append(' ')
					.append(Integer.toHexString(r.nextInt(1 << 20))).append(',').append(kab[r.nextInt(8)]).append(',')
					.append(kat[r.nextInt(8)]).append(',').append(st[r.nextInt(4)]).append(",Jalan Merdeka No. ")
					.append(r.nextInt(500)).append(" RT ").append(r.nextInt(20)).append(',')
					.append(r.nextInt(10) == 0 ? "" : "catatan petugas " + r.nextInt(1000)).append(',')
					.append(1950 + r.nextInt(70)).append('-').append(two(1 + r.nextInt(12))).append('-')
					.append(two(1 + r.nextInt(28))).append(",2024-").append(two(1 + r.nextInt(12))).append("-01");
				for (int i = 0; i < 10; i++) {
					b.append(',').append(r.nextInt(100_000));
				}
				for (int i = 0; i < 9; i++) {
					b.append(',').append(r.nextInt(1_000_000) / 1000.0);
				}
				w.write(b.append('\n').toString());
			}
		}
		return file;
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

	static void duckdbBaseline(TestEngine t, Path csv, Path out) throws Exception {
		try (Connection c = t.duck.connection(); Statement s = c.createStatement()) {
			s.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + out + "' " + DuckDb.STORED_PARQUET);
		}
	}

	static void postgresCopy(String adminUrl, Path csv) throws Exception {
		try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
			s.execute("DROP TABLE IF EXISTS satudata_bench_copy");
			s.execute("CREATE TABLE satudata_bench_copy (id BIGSERIAL PRIMARY KEY, kode_wilayah VARCHAR(20) NOT NULL, "
					+ "tahun INTEGER NOT NULL, jenis_kelamin VARCHAR(20) NOT NULL, kelompok_umur VARCHAR(30) NOT NULL, "
					+ "jumlah BIGINT NOT NULL, persentase DOUBLE PRECISION)");
			try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY satudata_bench_copy (kode_wilayah, tahun, "
						+ "jenis_kelamin, kelompok_umur, jumlah, persentase) FROM STDIN WITH (FORMAT csv, HEADER true)", r);
			}
			s.execute("DROP TABLE satudata_bench_copy");
		}
	}

	static void check(ImportResult r, TestEngine t) {
		if (!r.ok()) {
			throw new IllegalStateException("import failed: " + r.issues().subList(0, Math.min(5, r.issues().size())));
		}
		t.datastore.delete(r.table());
	}

	interface Work {
		void run() throws Exception;
	}

	static double time(Work work) throws Exception {
		long t0 = System.nanoTime();
		work.run();
		return (System.nanoTime() - t0) / 1e6;
	}

	static void add(boolean warmup, List<Double> list, double ms) {
		if (!warmup) {
			list.add(ms);
		}
	}

	static double median(List<Double> xs) {
		List<Double> s = new ArrayList<>(xs);
		Collections.sort(s);
		return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
	}

	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
