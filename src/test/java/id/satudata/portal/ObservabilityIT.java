package id.satudata.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.ServerTest;

/**
 * What monitoring relies on, over a real port: Prometheus metrics for a scraper with the configured
 * token (not for the public, not for a wrong token), request metrics per route template, and the
 * access log in the combined format under the data directory.
 */
@ServerTest
class ObservabilityIT {

	static final String TOKEN = "test-scrape-token-0123456789abcdef0123";

	@LocalServerPort
	int port;

	@Value("${satudata.data-dir}")
	Path dataDir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void prometheusMetricsForTheScraperWithRequestMetricsPerRoute() throws Exception {
		assertThat(get("/dataset/jumlah-penduduk-provinsi-jenis-kelamin", null).statusCode()).isEqualTo(200);
		assertThat(get("/dataset/tidak-ada-dataset-ini", null).statusCode()).isEqualTo(404);

		assertThat(get("/actuator/prometheus", null).statusCode()).isIn(401, 403);
		assertThat(get("/actuator/prometheus", "Bearer wrong-token-0123456789abcdef0123456789").statusCode())
			.isIn(401, 403);
		HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer " + TOKEN);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		List<String> lines = scrape.body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).toList();
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("uri=\"/dataset/{slug}\"").contains("status=\"200\""));
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("uri=\"/dataset/{slug}\"").contains("status=\"404\""));
		assertThat(lines).noneSatisfy(l -> assertThat(l).contains("jumlah-penduduk"));
		assertThat(scrape.body()).contains("hikaricp_connections").contains("jvm_memory_used_bytes");
	}

	@Test
	void everyRequestIsInTheAccessLogInTheCombinedFormat() throws Exception {
		String marker = "/tentang?jejak=" + System.nanoTime();
		assertThat(get(marker, null).statusCode()).isEqualTo(200);
		Path logs = dataDir.resolve("logs");
		String line = null;
		for (int i = 0; i < 40 && line == null; i++) {
			if (Files.isDirectory(logs)) {
				try (Stream<Path> files = Files.list(logs)) {
					line = files.filter(f -> f.getFileName().toString().startsWith("access")).flatMap(ObservabilityIT::lines)
						.filter(l -> l.contains(marker)).findFirst().orElse(null);
				}
			}
			if (line == null) {
				Thread.sleep(250);
			}
		}
		assertThat(line).as("access log line in " + logs).isNotNull();
		// combined: host ident user [time] "request" status bytes "referer" "user agent"
		assertThat(line).matches("^\\S+ \\S+ \\S+ \\[[^\\]]+\\] \"GET " + java.util.regex.Pattern.quote(marker)
				+ " HTTP/1\\.1\" 200 \\S+ \"[^\"]*\" \"[^\"]*\"$");
	}

	private static Stream<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
