package id.satudata.sinkron.kirim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.SatuDataApplication;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TcpProxy;
import id.satudata.test.TestAccounts;
import id.satudata.test.TestDatabaseInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push up to a third instance: this test's application (the kabupaten) pushes chosen public datasets to
 * a second Satu Data application started here on its own port, database and data directory (the level
 * above), through its CKAN API with an API token created there. The remote is reached through a TCP
 * proxy the test cuts to make it unreachable. The worker is run by the test (scheduled jobs are off).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KirimIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);
	static final int REMOTE_PORT = 18150;
	static final String CSV = """
			kecamatan,jumlah
			Bukit Intan,120
			Gerunggang,90
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PekerjaKirim pekerja;

	CkanApi api;
	ConfigurableApplicationContext remote;
	TcpProxy proxy;
	String remoteToken;
	String awalan;
	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void setUp() throws Exception {
		api = new CkanApi(mvc, json);
		remote = new SpringApplicationBuilder(SatuDataApplication.class).profiles("test")
			.initializers(new TestDatabaseInitializer())
			.bannerMode(org.springframework.boot.Banner.Mode.OFF)
			// as arguments: they override application.properties (builder properties are only defaults)
			.run("--server.port=" + REMOTE_PORT, "--satudata.base-url=http://127.0.0.1:" + REMOTE_PORT);
		proxy = new TcpProxy("127.0.0.1", REMOTE_PORT);
		// a token created at the remote, as its Walidata would on their profile page
		JsonNode created = remotePost("api_token_create", CkanApi.token(Demo.WALIDATA),
				Map.of("user", Demo.WALIDATA, "name", "kiriman kabupaten"));
		remoteToken = created.path("result").path("token").asString();
		assertThat(remoteToken).isNotBlank().doesNotStartWith("sd_demo_");
		awalan = "kab" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36) + "-";
	}

	@AfterAll
	void tearDown() {
		if (proxy != null) {
			proxy.close();
		}
		if (remote != null) {
			remote.close();
		}
	}

	@Test
	void pushesChosenPublicDatasetsUpAndKeepsThemInStep() throws Exception {
		// the administrator configures the portal above; the token is stored encrypted, never shown
		mvc.perform(post("/kelola/admin/kirim-tujuan").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("urlDasar", "http://127.0.0.1:" + proxy.port() + "/")
			.param("organisasiBawaan", "disdukcapil-19")
			.param("awalanNama", awalan)
			.param("token", remoteToken)).andExpect(status().is3xxRedirection());
		String stored = jdbc.queryForObject("SELECT token_tersimpan FROM kirim_tujuan WHERE id = 1", String.class);
		assertThat(stored).startsWith("enc:").doesNotContain(remoteToken);
		String settings = mvc.perform(get("/kelola/admin/kirim-tujuan").with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(settings).doesNotContain(remoteToken).contains(remoteToken.substring(remoteToken.length() - 4))
			.contains("http://127.0.0.1:" + proxy.port());
		mvc.perform(get("/kelola/admin/kirim-tujuan").with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());

		// a public dataset, chosen by the Walidata: the choice writes its outbox row
		String name = dataset("kirim-terbuka");
		long id = datasetId(name);
		String page = mvc.perform(get("/kelola/kirim").param("q", name).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("terbuka-" + id);
		mvc.perform(post("/kelola/kirim/{id}/pilih", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(outbox(id)).isEqualTo(1);
		assertThat(statusKirim(id)).isEqualTo("MENUNGGU");
		// a dataset of another government cannot be chosen by this Walidata
		mvc.perform(post("/kelola/kirim/{id}/pilih", id).with(csrf()).with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT diubah_oleh FROM kirim_dataset WHERE dataset_id = ?", String.class, id))
			.isEqualTo(Demo.WALIDATA);

		// sent: created at the remote, found there by package_show with its resources pointing back here
		assertThat(pekerja.proses()).isEqualTo(1);
		assertThat(statusKirim(id)).isEqualTo("TERKIRIM");
		assertThat(outbox(id)).isZero();
		JsonNode there = remoteShow(awalan + name).path("result");
		assertThat(there.path("title").asString()).isEqualTo("Judul " + name);
		assertThat(there.path("organization").path("name").asString()).isEqualTo("disdukcapil-19");
		assertThat(there.path("resources")).hasSize(1);
		assertThat(there.path("resources").get(0).path("url").asString())
			.matches("http://localhost/dataset/" + name + "/rilis/[0-9a-f-]{36}/unduh\\.csv");
		String remoteId = there.path("id").asString();
		assertThat(jdbc.queryForObject("SELECT id_remote FROM kirim_dataset WHERE dataset_id = ?", String.class, id))
			.isEqualTo(remoteId);
		assertThat(audit(id, "kirim.dibuat")).isEqualTo(1);

		// an edit here is pushed as an update of the same package
		api.post("package_patch", WALIDATA, Map.of("id", name, "notes", "Catatan diubah " + name)).ok();
		assertThat(outbox(id)).isEqualTo(1);
		assertThat(pekerja.proses()).isEqualTo(1);
		there = remoteShow(awalan + name).path("result");
		assertThat(there.path("id").asString()).isEqualTo(remoteId);
		assertThat(there.path("notes").asString()).isEqualTo("Catatan diubah " + name);
		assertThat(audit(id, "kirim.diperbarui")).isEqualTo(1);

		// the remote is down: the attempt fails, is shown with its reason and next attempt, waits its backoff
		proxy.cut();
		api.post("package_patch", WALIDATA, Map.of("id", name, "notes", "Catatan ketika putus " + name)).ok();
		Instant before = Instant.now();
		assertThat(pekerja.proses()).isEqualTo(1);
		assertThat(statusKirim(id)).isEqualTo("GAGAL");
		Map<String, Object> failed = jdbc.queryForMap("SELECT alasan, percobaan, coba_lagi_pada FROM kirim_dataset"
				+ " WHERE dataset_id = ?", id);
		assertThat((String) failed.get("alasan")).contains("tidak dapat dihubungi");
		assertThat(((Number) failed.get("percobaan")).intValue()).isEqualTo(1);
		Instant next = instant(failed.get("coba_lagi_pada"));
		assertThat(next).isBetween(before.plus(Duration.ofSeconds(55)), Instant.now().plus(Duration.ofSeconds(65)));
		assertThat(pekerja.proses()).as("not retried before its backoff").isZero();
		page = mvc.perform(get("/kelola/kirim").with(accounts.as(Demo.WALIDATA))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("kirim-" + id).contains("data-status=\"GAGAL\"").contains("tidak dapat dihubungi");
		assertThat(audit(id, "kirim.gagal")).isEqualTo(1);
		// retried now (by the Walidata), still down: the backoff doubles
		mvc.perform(post("/kelola/kirim/{id}/coba-lagi", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		before = Instant.now();
		assertThat(pekerja.proses()).isEqualTo(1);
		failed = jdbc.queryForMap("SELECT percobaan, coba_lagi_pada FROM kirim_dataset WHERE dataset_id = ?", id);
		assertThat(((Number) failed.get("percobaan")).intValue()).isEqualTo(2);
		assertThat(instant(failed.get("coba_lagi_pada"))).isBetween(before.plus(Duration.ofSeconds(115)),
				Instant.now().plus(Duration.ofSeconds(125)));
		// back up: the retry goes through with the newest state
		proxy.restore();
		mvc.perform(post("/kelola/kirim/{id}/coba-lagi", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(pekerja.proses()).isEqualTo(1);
		assertThat(statusKirim(id)).isEqualTo("TERKIRIM");
		assertThat(remoteShow(awalan + name).path("result").path("notes").asString())
			.isEqualTo("Catatan ketika putus " + name);

		// made non-public here: deleted at the remote
		api.post("package_patch", WALIDATA, Map.of("id", name, "extras", List.of(Map.of("key", "akses", "value",
				"TERBATAS")))).ok();
		assertThat(pekerja.proses()).isEqualTo(1);
		assertThat(statusKirim(id)).isEqualTo("DITARIK");
		JsonNode gone = remoteShow(awalan + name);
		assertThat(gone.path("success").asBoolean() ? gone.path("result").path("state").asString() : "not found")
			.isIn("deleted", "not found");
		assertThat(remoteSearch(awalan + name)).as("the public there no longer finds it").isZero();
		assertThat(audit(id, "kirim.dihapus")).isEqualTo(1);
	}

	@Test
	void onlyPublicDatasetsCanBeChosen() throws Exception {
		String name = dataset("kirim-terbatas");
		api.post("package_patch", WALIDATA, Map.of("id", name, "extras", List.of(Map.of("key", "akses", "value",
				"TERBATAS")))).ok();
		long id = datasetId(name);
		mvc.perform(post("/kelola/kirim/{id}/pilih", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kirim_dataset WHERE dataset_id = ?", Integer.class, id))
			.isZero();
	}

	private String dataset(String prefix) throws Exception {
		String name = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Judul " + name);
		d.put("notes", "Catatan " + name);
		d.put("owner_org", "disdukcapil-19");
		d.put("tags", List.of(Map.of("name", "kirim")));
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBUKA"), Map.of("key", "satuan", "value", "jiwa")));
		api.createDataset(WALIDATA, d);
		api.uploadRelease(WALIDATA, name, CSV, "2023", true);
		return name;
	}

	private long datasetId(String name) {
		return jdbc.queryForObject("SELECT id FROM dataset WHERE slug = ?", Long.class, name);
	}

	private int outbox(long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM kirim_antrean WHERE dataset_id = ?", Integer.class, id);
	}

	private String statusKirim(long id) {
		return jdbc.queryForObject("SELECT status FROM kirim_dataset WHERE dataset_id = ?", String.class, id);
	}

	private int audit(long id, String aksi) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = ? AND objek_tipe = 'KirimDataset'"
				+ " AND objek_id = ?", Integer.class, aksi, String.valueOf(id));
	}

	private static Instant instant(Object value) {
		return value instanceof java.sql.Timestamp t ? t.toInstant()
				: value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
	}

	private JsonNode remoteShow(String name) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + REMOTE_PORT
				+ "/api/3/action/package_show?id=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
			.header("Authorization", remoteToken).build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(r.body());
	}

	private long remoteSearch(String name) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + REMOTE_PORT
				+ "/api/3/action/package_search?fq=" + URLEncoder.encode("name:" + name, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(r.body()).path("result").path("count").asLong();
	}

	private JsonNode remotePost(String action, String token, Map<String, ?> body) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + REMOTE_PORT
				+ "/api/3/action/" + action)).header("Authorization", token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

}
