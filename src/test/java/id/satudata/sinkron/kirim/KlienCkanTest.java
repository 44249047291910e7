package id.satudata.sinkron.kirim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.SinkronProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's limits against real HTTP servers on the loopback, through sinkron's guarded client: a
 * redirect to another host (even to a server that would answer) is refused and not followed, a write
 * action's redirect is never followed, a link-local portal is refused (a private one unless allowed), an answer over the size cap is refused, a slow
 * answer times out, CKAN's errors become the reason, the token goes in {@code Authorization}; and the
 * backoff doubles up to its maximum.
 */
class KlienCkanTest {

	static final KirimProperties PROPERTIES = new KirimProperties(null, null, null, Duration.ofMinutes(1),
			Duration.ofMinutes(10), null, Duration.ofSeconds(2), DataSize.ofKilobytes(2));

	/** The guarded client pushes go through, with sinkron's rules (loopback allowed, as on the test machine). */
	static final KlienAman AMAN = new KlienAman(new SinkronProperties(Duration.ofSeconds(2), Duration.ofSeconds(30),
			10_000_000, 10_000_000, 1000, 5, 10, true));

	static final MessageSource PESAN = pesan();

	static MessageSource pesan() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasenames("i18n/sinkron");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	HttpServer server;
	HttpServer other;
	final AtomicInteger otherHits = new AtomicInteger();
	final AtomicInteger updates = new AtomicInteger();
	final List<String> authorizations = new CopyOnWriteArrayList<>();
	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void start() throws IOException {
		other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		other.createContext("/", x -> {
			otherHits.incrementAndGet();
			answer(x, 200, "{\"success\": true, \"result\": {\"name\": \"dicuri\"}}");
		});
		other.start();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/3/action/package_show", x -> {
			authorizations.add(x.getRequestHeaders().getFirst("Authorization"));
			String q = x.getRequestURI().getQuery();
			if (q.contains("pindah")) {
				x.getResponseHeaders().add("Location", "http://127.0.0.1:" + other.getAddress().getPort() + "/api/3/action/package_show?id=x");
				answer(x, 302, "");
			}
			else if (q.contains("besar")) {
				answer(x, 200, "{\"success\": true, \"result\": {\"notes\": \"" + "x".repeat(5000) + "\"}}");
			}
			else if (q.contains("lambat")) {
				try {
					Thread.sleep(4000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				answer(x, 200, "{\"success\": true, \"result\": {}}");
			}
			else if (q.contains("ada")) {
				answer(x, 200, "{\"success\": true, \"result\": {\"id\": \"u-1\", \"name\": \"ada\"}}");
			}
			else {
				answer(x, 404, "{\"success\": false, \"error\": {\"__type\": \"Not Found Error\", \"message\": \"Not found\"}}");
			}
		});
		server.createContext("/api/3/action/package_update", x -> {
			updates.incrementAndGet();
			x.getResponseHeaders().add("Location", "/api/3/action/package_update?lagi");
			answer(x, 307, "");
		});
		server.createContext("/api/3/action/package_create", x -> answer(x, 409,
				"{\"success\": false, \"error\": {\"__type\": \"Validation Error\", \"owner_org\": [\"Organization does not exist\"]}}"));
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
		other.stop(0);
	}

	KlienCkan klien() {
		return new KlienCkan("http://127.0.0.1:" + server.getAddress().getPort() + "/", "rahasia-token", AMAN, json,
				PROPERTIES, PESAN);
	}

	@Test
	void showsAPackageOrNothingAndSendsTheToken() throws Exception {
		assertThat(klien().packageShow("ada")).get().satisfies(p -> assertThat(p.path("id").asString()).isEqualTo("u-1"));
		assertThat(klien().packageShow("tidak")).isEmpty();
		assertThat(authorizations).containsOnly("rahasia-token");
	}

	@Test
	void neverFollowsARedirectToAnotherHost() {
		assertThatThrownBy(() -> klien().packageShow("pindah")).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("Pengalihan ke host lain (127.0.0.1) ditolak");
		assertThat(otherHits).hasValue(0);
	}

	@Test
	void neverFollowsAWriteActionsRedirectEvenOnTheSameHost() {
		assertThatThrownBy(() -> klien().aksi("package_update", Map.of("id", "pindah"))).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("HTTP 307");
		assertThat(updates).as("sent once, not re-sent to the redirect's target").hasValue(1);
	}

	@Test
	void refusesALinkLocalPortalAndAPrivateOneUnlessAllowed() {
		assertThatThrownBy(() -> new KlienCkan("http://169.254.169.254", "rahasia-token", AMAN, json, PROPERTIES, PESAN)
			.packageShow("ada")).isInstanceOf(GagalKirim.class).hasMessageContaining("tidak boleh dihubungi");
		KlienAman tertutup = new KlienAman(new SinkronProperties(Duration.ofSeconds(2), Duration.ofSeconds(30),
				10_000_000, 10_000_000, 1000, 5, 10, false));
		assertThatThrownBy(() -> new KlienCkan("http://127.0.0.1:" + server.getAddress().getPort(), "rahasia-token",
				tertutup, json, PROPERTIES, PESAN).packageShow("ada")).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("jaringan privat");
		assertThat(authorizations).as("the token went nowhere").isEmpty();
	}

	@Test
	void refusesAnAnswerOverTheCap() {
		assertThatThrownBy(() -> klien().packageShow("besar")).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("melebihi batas 2");
	}

	@Test
	void timesOut() {
		assertThatThrownBy(() -> klien().packageShow("lambat")).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("Portal tujuan tidak dapat dihubungi").hasMessageContaining("Timeout");
	}

	@Test
	void ckanErrorsBecomeTheReason() {
		assertThatThrownBy(() -> klien().aksi("package_create", Map.of("name", "x"))).isInstanceOf(GagalKirim.class)
			.hasMessageContaining("HTTP 409").hasMessageContaining("owner_org")
			.hasMessageContaining("Organization does not exist");
	}

	@Test
	void unreachableIsAFailureWithItsCause() throws Exception {
		int port = server.getAddress().getPort();
		server.stop(0);
		assertThatThrownBy(() -> new KlienCkan("http://127.0.0.1:" + port, null, AMAN, json, PROPERTIES, PESAN).packageShow("ada"))
			.isInstanceOf(GagalKirim.class).hasMessageContaining("Portal tujuan tidak dapat dihubungi");
	}

	@Test
	void backoffDoublesUpToItsMaximum() {
		assertThat(PROPERTIES.jeda(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(PROPERTIES.jeda(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(PROPERTIES.jeda(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(PROPERTIES.jeda(5)).isEqualTo(Duration.ofMinutes(10));
		assertThat(PROPERTIES.jeda(60)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void mapsProducersToOrganizationsAndPrefixesNames() {
		Tujuan t = new Tujuan("http://x", "bawaan", "disdukcapil-19 = dukcapil-kab\nbappeda-19=bappeda-prov", "kab-",
				null, null, null, null);
		assertThat(t.organisasiTujuan("disdukcapil-19")).isEqualTo("dukcapil-kab");
		assertThat(t.organisasiTujuan("BAPPEDA-19")).isEqualTo("bappeda-prov");
		assertThat(t.organisasiTujuan("dinkes-19")).isEqualTo("bawaan");
		assertThat(t.namaTujuan("jumlah-penduduk")).isEqualTo("kab-jumlah-penduduk");
		assertThat(new Tujuan("http://x", null, null, null, null, null, null, null).organisasiTujuan("dinkes-19"))
			.isEqualTo("dinkes-19");
	}

	private static void answer(HttpExchange x, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().add("Content-Type", "application/json");
		x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = x.getResponseBody()) {
			out.write(bytes);
		}
	}

}
