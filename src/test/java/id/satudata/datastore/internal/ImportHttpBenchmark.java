package id.satudata.datastore.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import end to end over HTTP (issue 18, target 4): {@code resource_create} of a CSV into a new
 * dataset without a schema (upload, type inference on the first file, validation, Parquet,
 * publication), timed by the client from the first byte sent to the answer, alternately with
 * DuckDB's bare {@code read_csv} → Parquet of the same file in this JVM (the reference), in the same
 * run. Also prints the import pipeline's own time from the app's log ("Imported ... in N ms") and
 * the app's peak RSS. Run by {@code bench/import-http.sh}, which starts the app.
 * <p>
 * Arguments: base URL, app log, app pid, runs, then CSV files. With two apps (base URLs, logs and pids
 * each as "A,B": a baseline build and this one), each run times the reference, then A, then B, and the
 * ratio of B to A is printed beside each one's ratio to the reference.
 */
public final class ImportHttpBenchmark {

	private static final String TOKEN = "sd_demo_walidata";

	public static void main(String[] args) throws Exception {
		String[] bases = args[0].split(",");
		String[] logs = args[1].split(",");
		String[] pids = args[2].split(",");
		int runs = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newHttpClient();
		Path scratch = Files.createTempDirectory("satudata-bench-ref-");
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
			for (int f = 4; f < args.length; f++) {
				Path csv = Path.of(args[f]);
				List<List<Double>> ours = new ArrayList<>();
				List<List<Double>> pipeline = new ArrayList<>();
				for (int a = 0; a < bases.length; a++) {
					ours.add(new ArrayList<>());
					pipeline.add(new ArrayList<>());
				}
				List<Double> ref = new ArrayList<>();
				for (int i = 0; i <= runs; i++) {
					boolean warmup = i == 0;
					Path out = scratch.resolve("ref.parquet");
					ImportBenchmark.add(warmup, ref, ImportBenchmark.time(() -> {
						try (Statement s = duck.createStatement()) {
							s.execute("COPY (SELECT * FROM read_csv('" + csv + "')) TO '" + out + "' " + DuckDb.STORED_PARQUET);
						}
					}));
					Files.deleteIfExists(out);
					for (int j = 0; j < bases.length; j++) {
						// the order turns every run: neither build always goes first
						int a = i % 2 == 0 ? j : bases.length - 1 - j;
						String base = bases[a];
						Path log = Path.of(logs[a]);
						String name = "bench-impor-" + f + "-" + i + "-" + System.nanoTime();
						post(http, base + "/api/3/action/package_create", "application/json",
								HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"title\": \"Bench " + name
										+ "\", \"owner_org\": \"disdukcapil-19\", \"license_id\": \"CC-BY-4.0\"}"));
						long logged = Files.size(log);
						double ms = ImportBenchmark.time(() -> upload(base, name, csv));
						ImportBenchmark.add(warmup, ours.get(a), ms);
						ImportBenchmark.add(warmup, pipeline.get(a), pipelineMs(log, logged));
					}
				}
				double r = ImportBenchmark.median(ref);
				for (int a = 0; a < bases.length; a++) {
					double m = ImportBenchmark.median(ours.get(a));
					System.out.printf(Locale.ROOT,
							"%s (%.0f MB)%s: resource_create over HTTP median %6.0f ms (best %6.0f) | DuckDB read_csv -> Parquet median %6.0f ms (best %6.0f) | ratio %.2f (best/best %.2f) | pipeline's own log %6.0f ms%n",
							csv.getFileName(), Files.size(csv) / 1e6, bases.length == 1 ? "" : a == 0 ? " [A baseline]" : " [B this build]",
							m, min(ours.get(a)), r, min(ref), m / r, min(ours.get(a)) / min(ref),
							ImportBenchmark.median(pipeline.get(a)));
				}
				if (bases.length == 2) {
					List<Double> each = new ArrayList<>();
					for (int k = 0; k < ours.get(0).size(); k++) {
						each.add(ours.get(1).get(k) / ours.get(0).get(k));
					}
					System.out.printf(Locale.ROOT, "%s: B / A per run %s, median %.2f%n", csv.getFileName(),
							each.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList(), ImportBenchmark.median(each));
				}
			}
		}
		for (String pid : pids) {
			String status = Files.readString(Path.of("/proc/" + pid + "/status"));
			Matcher hwm = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(status);
			System.out.printf(Locale.ROOT, "app %s peak RSS %s MB%n", pid, hwm.find() ? Long.parseLong(hwm.group(1)) / 1024 : "?");
		}
	}

	/** curl streams the file as multipart, as a user's client does. */
	private static void upload(String base, String name, Path csv) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: " + TOKEN,
				"-F", "package_id=" + name, "-F", "periode=2024", "-F", "terbitkan=true", "-F",
				"upload=@" + csv + ";type=text/csv", base + "/api/3/action/resource_create").redirectErrorStream(true).start();
		String code = new String(p.getInputStream().readAllBytes()).strip();
		if (p.waitFor() != 0 || !code.equals("200")) {
			throw new IllegalStateException("resource_create answered " + code);
		}
	}

	private static void post(HttpClient http, String url, String type, HttpRequest.BodyPublisher body) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", TOKEN)
			.header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
		}
	}

	/** The pipeline's own time of the import logged after {@code from}. */
	private static double pipelineMs(Path log, long from) throws IOException {
		String text = Files.readString(log).substring((int) Math.min(from, Files.size(log)));
		Matcher m = Pattern.compile("Imported \\d+ rows into \\S+ in (\\d+) ms").matcher(text);
		double last = Double.NaN;
		while (m.find()) {
			last = Double.parseDouble(m.group(1));
		}
		return last;
	}

	private static double min(List<Double> xs) {
		return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

}
