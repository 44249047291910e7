package id.satudata.api.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, item 1: the anonymous {@code datastore_search_sql} queries that took the server from 1.5
 * to 4.3 GB (a 1 GB answer; a gigabyte string past the timeout), a million-by-a-million cross join,
 * answers over the byte cap, and the concurrency gate (429 with Retry-After). The server stays
 * healthy and answers a normal request afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedQueriesIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Bukit Intan,Perempuan,2023,130
			Gerunggang,Laki-laki,2023,90
			""";

	static final String CROSS_JOIN = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000) "
			+ "SELECT count(*) AS n FROM r a, r b";

	/** An answer with its headers. */
	record Reply(int status, String retryAfter, JsonNode json) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	QueryGate gate;

	CkanApi api;
	String release;

	@BeforeAll
	void createDataset() throws Exception {
		api = new CkanApi(mvc, json);
		String name = "terbatas" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Kueri Terbatas " + name);
		d.put("notes", "Dataset uji batas kueri");
		d.put("owner_org", "disdik-19");
		d.put("license_id", "CC-BY-4.0");
		d.put("maintainer", "Walidata Uji");
		d.put("maintainer_email", "walidata.uji@demo.satudata.invalid");
		d.put("groups", List.of(Map.of("name", "pendidikan")));
		d.put("extras", List.of(Map.of("key", "jenis_data", "value", "STATISTIK"),
				Map.of("key", "frekuensi", "value", "TAHUNAN"), Map.of("key", "tingkat_penyajian", "value", "KECAMATAN"),
				Map.of("key", "cakupan_wilayah", "value", "19"), Map.of("key", "satuan", "value", "jiwa")));
		api.createDataset(WALIDATA, d);
		release = api.uploadRelease(WALIDATA, name, CSV, "2023", true);
	}

	@Test
	void theIssuesQueriesAreRefusedAndTheServerStaysHealthy() throws Exception {
		long rssBefore = rssMegabytes();
		long start = System.nanoTime();
		String gigabyteAnswer = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) "
				+ "SELECT n, repeat('x', 1000000) FROM r";
		assertThat(api.sqlError(null, gigabyteAnswer)).contains("64 KB").contains("sql-max-string");
		assertThat(api.sqlError(null, "SELECT length(repeat('x', 1000000000))")).contains("64 KB");
		// under the text cap per value, over the answer's byte cap (1000 × 60 KB)
		assertThat(api.sqlError(null, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) "
				+ "SELECT n, repeat('x', 60000) AS teks FROM r")).contains("4 MB").contains("max-answer-bytes");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(rssMegabytes() - rssBefore).as("RSS growth (MB)").isLessThan(500);
		assertThat(usedHeapMegabytes()).as("used heap after the queries (MB)").isLessThan(1024);
		assertThat(api.get("datastore_search", null, "resource_id", release).ok().result().path("total").asLong())
			.isEqualTo(3);
	}

	@Test
	void aMillionByAMillionCrossJoinIsInterruptedAtTheTimeout() throws Exception {
		long start = System.nanoTime();
		assertThat(api.sqlError(null, CROSS_JOIN)).contains("10");
		// the 10 s timeout interrupts the engine (a few seconds of grace for a loaded machine)
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(16));
		assertThat(api.get("datastore_search_sql", null, "sql", "SELECT count(*) AS n FROM \"" + release + "\"").ok()
			.result().path("records").get(0).path("n").asLong()).isEqualTo(3);
	}

	@Test
	void aClientBeyondItsShareIsToldToRetryWhileOthersAreServed() throws Exception {
		String busy = "10.19.0.1";
		List<CompletableFuture<Reply>> slow = List.of(CompletableFuture.supplyAsync(() -> sql(busy, CROSS_JOIN)),
				CompletableFuture.supplyAsync(() -> sql(busy, CROSS_JOIN)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (gate.running(busy) < 2 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(gate.running(busy)).isEqualTo(2);
		Reply third = sql(busy, "SELECT 1 AS satu");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.retryAfter()).isEqualTo("5");
		assertThat(third.json().path("success").asBoolean(true)).isFalse();
		assertThat(third.json().path("error").path("__type").asString()).isEqualTo("Too Many Requests");
		assertThat(third.json().path("error").path("message").asString()).contains("alamat Anda");
		// another client is served meanwhile
		assertThat(sql("10.19.0.2", "SELECT 1 AS satu").status()).isEqualTo(200);
		for (CompletableFuture<Reply> f : slow) {
			assertThat(f.get(40, TimeUnit.SECONDS).status()).isEqualTo(409);
		}
		assertThat(gate.running(busy)).isZero();
		assertThat(sql(busy, "SELECT 1 AS satu").status()).isEqualTo(200);
	}

	Reply sql(String address, String sql) {
		try {
			MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get("/api/3/action/datastore_search_sql")
				.param("sql", sql).header("Accept-Language", "id").with(request -> {
					request.setRemoteAddr(address);
					return request;
				})).andReturn().getResponse();
			return new Reply(r.getStatus(), r.getHeader("Retry-After"),
					json.readTree(r.getContentAsString(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static long rssMegabytes() throws Exception {
		System.gc();
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return 0;
	}

	static long usedHeapMegabytes() {
		System.gc();
		Runtime rt = Runtime.getRuntime();
		return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
	}

}
