package id.satudata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.test.ServerProcesses;

/**
 * The documented production launch (docs/operasi.md "Start-up"), as an operator runs it on the packaged
 * jar: {@code bin/siapkan-jalan} extracts the jar and makes the class cache of the JVM that runs the
 * tests (a CDS archive on Java 17–24, an AOT cache on 25+) with a training start, then the generated
 * {@code jalankan} starts the application on a new data directory, which becomes ready and serves the
 * home page with the application's classes read from that cache. Once per build (the H2 run): it starts
 * its own processes and uses no test database.
 */
@EnabledIfSystemProperty(named = "satudata.test.db", matches = "h2")
class SiapkanJalanIT {

	@TempDir
	Path tmp;

	@Test
	void thePreparedLaunchStartsFromItsClassCache() throws Exception {
		Path jar = Path.of("target/satudata.jar");
		assertThat(jar).as("the packaged jar (mvn package runs before the integration tests)").exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path app = tmp.resolve("app");

		ProcessBuilder prepare = new ProcessBuilder("bin/siapkan-jalan", jar.toString(), app.toString())
			.redirectErrorStream(true).redirectOutput(tmp.resolve("siapkan.txt").toFile());
		prepare.environment().put("JAVA", java);
		prepare.environment().put("JAVA_OPTS", "-Xmx512m");
		Process p = prepare.start();
		assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("preparation finished").isTrue();
		String said = Files.readString(tmp.resolve("siapkan.txt"));
		assertThat(p.exitValue()).as(said).isZero();
		Path launcher = app.resolve("jalankan");
		assertThat(Files.isExecutable(launcher)).as(said).isTrue();
		assertThat(Files.readString(launcher)).contains("-Xmx512m").containsAnyOf("-XX:SharedArchiveFile=", "-XX:AOTCache=");
		assertThat(Files.exists(app.resolve("satudata.jsa")) || Files.exists(app.resolve("satudata.aot"))).isTrue();

		int port = ServerProcesses.freePort();
		Path classes = tmp.resolve("kelas.txt");
		ProcessBuilder start = new ProcessBuilder(List.of(launcher.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--satudata.data-dir=" + tmp.resolve("data")))
			.redirectErrorStream(true).redirectOutput(tmp.resolve("jalankan.txt").toFile());
		start.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes);
		Process server = start.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			boolean ready = false;
			while (!ready && server.isAlive() && System.nanoTime() < deadline) {
				try {
					ready = http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200;
				}
				catch (IOException e) {
					// not listening yet
				}
				if (!ready) {
					Thread.sleep(250);
				}
			}
			assertThat(ready).as(Files.readString(tmp.resolve("jalankan.txt"))).isTrue();
			HttpResponse<String> home = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Satu Data");
			assertThat(Files.readString(classes)).as("the application's classes come from the cache")
				.containsPattern("id\\.satudata\\.SatuDataApplication source: shared objects file");
		}
		finally {
			ServerProcesses.stop(server, Duration.ofSeconds(60), tmp.resolve("data"));
		}
	}

}
