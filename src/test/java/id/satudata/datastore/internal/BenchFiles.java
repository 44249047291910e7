package id.satudata.datastore.internal;

import java.nio.file.Path;

/** Writes the benchmarks' narrow (6-column) and wide (28-column) CSV files: folder, rows. */
public final class BenchFiles {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		ImportBenchmark.generate(dir.resolve("narrow.csv"), rows);
		ImportBenchmark.generateWide(dir.resolve("wide.csv"), rows + rows * 3 / 100);
	}

}
