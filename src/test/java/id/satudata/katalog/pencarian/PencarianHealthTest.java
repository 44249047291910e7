package id.satudata.katalog.pencarian;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import tools.jackson.databind.json.JsonMapper;

/** The search cluster's health as readiness sees it, against a small HTTP server playing the cluster. */
class PencarianHealthTest {

	private final AtomicReference<String> status = new AtomicReference<>("green");
	private HttpServer server;
	private RestClient client;

	@BeforeEach
	void start() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/_cluster/health", exchange -> {
			byte[] body = ("{\"cluster_name\":\"satudata\",\"status\":\"" + status.get() + "\",\"number_of_nodes\":3}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		client = RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort(), "http")).build();
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
		server.stop(0);
	}

	private Health health() {
		return new PencarianHealth(() -> client, JsonMapper.builder().build(), Duration.ofSeconds(2)).health(true);
	}

	@Test
	void upWhileTheClusterAnswersGreenOrYellow() {
		Health green = health();
		assertThat(green.getStatus()).isEqualTo(Status.UP);
		assertThat(green.getDetails()).containsEntry("status", "green").containsEntry("nodes", 3);
		status.set("yellow");
		assertThat(health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void downWhenTheClusterIsRed() {
		status.set("red");
		assertThat(health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void downWithinTheTimeoutWhenTheClusterIsUnreachable() {
		server.stop(0);
		long start = System.nanoTime();
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

}
