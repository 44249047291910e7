package id.satudata.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;


/**
 * A real OpenSearch for the search tests, started once per test JVM and stopped when it exits, like
 * {@link S3Server}: the minimal distribution from Maven Central ({@code
 * org.opensearch.distribution.integ-test-zip:opensearch}) and its {@code analysis-common} module (the
 * Indonesian analyzer; the full distribution that production runs has it built in), both copied to
 * {@code target/opensearch} by the build, unpacked into a temporary folder and started as a child
 * process on a free port with the test JVM's Java. OpenSearch refuses to run as root, so when the
 * tests run as root (CI) it runs as the unprivileged user {@code nobody} through {@code setpriv}.
 * <p>
 * Which tests run on it: {@value #ENV} set to {@code start} starts this server, set to a URL uses an
 * OpenSearch already running there; unset, the OpenSearch tests are skipped with a message on a
 * developer's machine and fail in CI ({@link OpenSearchCondition}).
 */
public final class OpenSearchServer {

	public static final String ENV = "SATUDATA_TEST_OPENSEARCH";
	static final String DIR_PROPERTY = "satudata.test.opensearch.dir";
	private static final int UNPRIVILEGED = 65534;

	private static OpenSearchServer instance;

	private final URI uri;
	private final Process process;
	private final Path dir;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private OpenSearchServer(URI existing) {
		this.uri = existing;
		this.process = null;
		this.dir = null;
	}

	private OpenSearchServer() throws IOException, InterruptedException {
		Path dist = Path.of(System.getProperty(DIR_PROPERTY, "target/opensearch")).toAbsolutePath();
		Path zip = dist.resolve("opensearch.zip");
		Path analysis = dist.resolve("analysis-common.jar");
		if (!Files.isRegularFile(zip) || !Files.isRegularFile(analysis)) {
			throw new IllegalStateException("OpenSearch is missing at " + dist
					+ ": the build copies it there (./mvnw generate-test-resources, part of every test run)");
		}
		this.dir = Files.createTempDirectory("satudata-opensearch-");
		Path home = unzip(zip, dir);
		String version = home.getFileName().toString().replace("opensearch-", "");
		Path module = Files.createDirectories(home.resolve("modules/analysis-common"));
		Files.copy(analysis, module.resolve("analysis-common-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
		// extended.plugins stays empty: the module's Painless extension is only loaded by Painless, absent here
		Files.writeString(module.resolve("plugin-descriptor.properties"), String.join("\n",
				"description=Adds analyzers (the Indonesian one among them) to OpenSearch", "version=" + version,
				"name=analysis-common", "classname=org.opensearch.analysis.common.CommonAnalysisPlugin",
				"java.version=11", "opensearch.version=" + version, "extended.plugins=",
				"has.native.controller=false", ""));
		Path data = Files.createDirectories(dir.resolve("data"));
		Path logs = Files.createDirectories(dir.resolve("logs"));
		int port = ServerProcesses.freePort();
		this.uri = URI.create("http://127.0.0.1:" + port);
		List<String> command = new ArrayList<>();
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			giveTo(dir, UNPRIVILEGED);
			command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED, "--clear-groups", "--"));
		}
		command.addAll(List.of("bash", home.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
				"-Ecluster.name=satudata-uji", "-Enode.name=uji", "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + port,
				"-Etransport.port=" + ServerProcesses.freePort(), "-Epath.data=" + data, "-Epath.logs=" + logs,
				// a nearly full test disk must not turn the indexes read-only
				"-Ecluster.routing.allocation.disk.threshold_enabled=false"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("opensearch.out").toFile());
		Map<String, String> env = builder.environment();
		env.put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
		env.put("OPENSEARCH_JAVA_OPTS", "-Xms384m -Xmx384m");
		env.put("HOME", dir.toString());
		this.process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
		awaitGreen(Duration.ofSeconds(180));
	}

	/** The server of this test JVM (started on first use), or the configured running one. */
	public static synchronized OpenSearchServer get() {
		if (instance == null) {
			String setting = System.getenv(ENV);
			if (setting != null && setting.startsWith("http")) {
				instance = new OpenSearchServer(URI.create(setting.replaceAll("/+$", "")));
			}
			else {
				try {
					instance = new OpenSearchServer();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}
		return instance;
	}

	/** Whether the OpenSearch tests should run here ({@value #ENV} set). */
	public static boolean configured() {
		String setting = System.getenv(ENV);
		return setting != null && !setting.isBlank();
	}

	public URI uri() {
		return uri;
	}

	/** Makes every document written so far visible to searches (OpenSearch refreshes each second otherwise). */
	public void refresh() {
		send("POST", "/_refresh");
	}

	/**
	 * Waits until every change queued in the database so far is in the index and visible to searches: the
	 * outbox ({@code hsearch_outbox_event}) is empty, then a refresh.
	 */
	public void awaitIndexed(DataSource dataSource, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			while (true) {
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hsearch_outbox_event")) {
					rs.next();
					long pending = rs.getLong(1);
					if (pending == 0) {
						break;
					}
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException(pending + " index changes still queued after " + timeout);
					}
				}
				Thread.sleep(50);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		refresh();
	}

	/** Sends a request and returns the body of a 2xx answer. */
	public String send(String method, String path) {
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30))
				.method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() / 100 != 2) {
				throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
			}
			return r.body();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void awaitGreen(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OpenSearch stopped at start (exit " + process.exitValue() + "): "
						+ tail(dir.resolve("opensearch.out")));
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/_cluster/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && !r.body().contains("\"red\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("OpenSearch did not answer on " + uri + " within " + timeout + ": "
				+ tail(dir.resolve("opensearch.out")));
	}

	private static Path unzip(Path zip, Path target) throws IOException {
		Path top = null;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				Path out = target.resolve(e.getName()).normalize();
				if (!out.startsWith(target)) {
					throw new IOException("Entry outside the target: " + e.getName());
				}
				if (top == null) {
					top = target.resolve(target.relativize(out).getName(0));
				}
				if (e.isDirectory()) {
					Files.createDirectories(out);
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
					if (out.getParent().getFileName().toString().equals("bin")) {
						out.toFile().setExecutable(true, false);
					}
				}
			}
		}
		return top;
	}

	private static void giveTo(Path root, int uid) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Files.setAttribute(p, "unix:uid", uid);
				Files.setAttribute(p, "unix:gid", uid);
			}
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(no output)";
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private void stop() {
		ServerProcesses.stop(process, java.time.Duration.ofSeconds(20), dir);
	}

}
