package id.satudata.sinkron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.sun.net.httpserver.HttpServer;

import id.satudata.sinkron.kirim.PekerjaKirim;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.InstansLain;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TcpProxy;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three installations on one machine, as in issue 16's "done when": this test's application is the
 * province; a second application context in the same JVM ({@link InstansLain}: its own database, data
 * directory and Tomcat on a free port) is the kabupaten Kota Pangkal Pinang, and a third is the
 * national portal above the province, reached through a TCP proxy the test cuts to make it unreachable.
 * <ul>
 * <li>Harvest: the province registers the kabupaten as a harvest source through its back office and
 * harvests it over HTTP (its CKAN API, and in another source its DCAT catalogue): datasets appear
 * marked with their source and a link back, their tables queryable in the province's datastore; they
 * are read-only at the province; an edit at the kabupaten arrives with the next run; a dataset made
 * TERBATAS there is withdrawn; a local dataset of the same name is never overwritten (reported as
 * failed); a source redirecting to another host is refused, and so is a source on a link-local
 * address.</li>
 * <li>Push: the province pushes through the national portal's CKAN API with an API token created
 * there: a dataset harvested from the kabupaten is created there (checked with {@code package_show}
 * over HTTP) and the kabupaten's next edit travels on through both levels; the province's own dataset
 * is kept in step through the outbox, an unreachable portal shows its reason and backoff, the retry
 * succeeds, and a dataset made TERBATAS is deleted there. The worker is run by the test (scheduled jobs
 * are off).</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AntarLevelIT {

	static final String KAB_WALIDATA = CkanApi.token(Demo.WALIDATA_PANGKALPINANG);
	static final String PROV_WALIDATA = CkanApi.token(Demo.WALIDATA);
	static final String PRODUSEN_KAB = "disdukcapil-19-71";
	/** The kabupaten's producer whose datasets the province reads through the DCAT catalogue. */
	static final String PRODUSEN_DCAT = "disdik-19-71";

	static final String CSV = """
			kecamatan,tahun,jumlah
			Bukit Intan,2023,120
			Gerunggang,2023,90
			Taman Sari,2023,75
			""";

	static final String CSV_KIRIM = """
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

	InstansLain kabupaten;
	InstansLain nasional;
	TcpProxy proxy;
	HttpServer pengalih;
	CkanApi prov;
	CkanApi kab;
	String word;
	String awalan;
	String nasionalToken;
	long sumberId;
	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void setUp() throws Exception {
		word = "panen" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		awalan = "prov" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36) + "-";
		kabupaten = InstansLain.mulai();
		nasional = InstansLain.mulai();
		kab = kabupaten.api();
		prov = new CkanApi(mvc, json);
		proxy = new TcpProxy("127.0.0.1", nasional.port());
		// a token created at the national portal, as its administrator would on their profile page
		nasionalToken = nasional.api().post("api_token_create", CkanApi.token(Demo.ADMIN), Map.of("user", Demo.ADMIN,
				"name", "kiriman provinsi")).ok().result().path("token").asString();
		assertThat(nasionalToken).isNotBlank().doesNotStartWith("sd_demo_");
		// a "source" whose API answers with a redirect to another host
		pengalih = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		pengalih.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://localhost:" + kabupaten.port()
					+ exchange.getRequestURI().toString());
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		pengalih.start();
	}

	@AfterAll
	void tearDown() {
		if (pengalih != null) {
			pengalih.stop(0);
		}
		if (proxy != null) {
			proxy.close();
		}
		for (InstansLain i : new InstansLain[] { nasional, kabupaten }) {
			if (i != null) {
				i.close();
			}
		}
	}

	private String nama(String suffix) {
		return word + "-" + suffix;
	}

	private void datasetKabupaten(String suffix, String title) throws Exception {
		datasetKabupaten(suffix, title, PRODUSEN_KAB);
	}

	private void datasetKabupaten(String suffix, String title, String produsen) throws Exception {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", nama(suffix));
		d.put("title", title);
		d.put("notes", "Data kabupaten " + word);
		d.put("owner_org", produsen);
		d.put("tags", List.of(Map.of("name", word)));
		d.put("extras", List.of(Map.of("key", "satuan", "value", "jiwa"), Map.of("key", "frekuensi", "value", "TAHUNAN")));
		kab.createDataset(KAB_WALIDATA, d);
		kab.uploadRelease(KAB_WALIDATA, nama(suffix), CSV, "2023", true);
	}

	/** Runs the source by hand (the back office's button) and waits for the end of the run; its id. */
	private long jalankan(long sumber) throws Exception {
		MvcResult r = mvc.perform(post("/kelola/panen/{id}/jalankan", sumber).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andReturn();
		String location = r.getResponse().getRedirectedUrl();
		assertThat(location).contains("/kelola/panen/" + sumber + "/jalan/");
		long jalan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Instant until = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(until)) {
			String status = jdbc.queryForObject("select status from sinkron_jalan_panen where id = ?", String.class, jalan);
			if (!"BERJALAN".equals(status)) {
				return jalan;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("harvest run " + jalan + " did not end");
	}

	/** The run's status, its failure and its report lines: shown when an assertion fails. */
	private String ringkasan(long jalan) {
		return jdbc.queryForMap("select status, pesan from sinkron_jalan_panen where id = ?", jalan) + " "
				+ jdbc.queryForList("select nama_asal, hasil, alasan from sinkron_item_panen where jalan_id = ?", jalan);
	}

	private String hasil(long jalan, String idAsalAtauNama) {
		List<String> hasil = jdbc.queryForList("select hasil from sinkron_item_panen where jalan_id = ? and nama_asal = ?",
				String.class, jalan, idAsalAtauNama);
		return hasil.isEmpty() ? null : String.join(",", hasil);
	}

	private String laporan(long sumber, long jalan) throws Exception {
		return mvc.perform(get("/kelola/panen/{id}/jalan/{j}", sumber, jalan).with(accounts.as(Demo.WALIDATA))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void theProvinceHarvestsTheKabupatenOverHttp() throws Exception {
		datasetKabupaten("penduduk", "Penduduk Kecamatan " + word);
		datasetKabupaten("sekolah", "Sekolah Kecamatan " + word);
		datasetKabupaten("lokal", "Versi kabupaten " + word);
		// the province has a dataset of its own under the same name: it must never be overwritten
		Map<String, Object> lokal = new LinkedHashMap<>();
		lokal.put("name", nama("lokal"));
		lokal.put("title", "Milik provinsi " + word);
		lokal.put("owner_org", "disdukcapil-19");
		prov.createDataset(PROV_WALIDATA, lokal);

		// the Walidata registers the kabupaten through the back office
		MvcResult created = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Satu Data Kota Pangkal Pinang " + word).param("jenis", "SATU_DATA")
			.param("urlDasar", kabupaten.url() + "/").param("filterOrganisasi", PRODUSEN_KAB)
			.param("aktif", "true").param("imporTabel", "true")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as(created.getResponse().getContentAsString()).startsWith("/kelola/panen/");
		sumberId = Long.parseLong(location.substring("/kelola/panen/".length()));

		long jalan = jalankan(sumberId);
		assertThat(jdbc.queryForObject("select status from sinkron_jalan_panen where id = ?", String.class, jalan))
			.as(ringkasan(jalan)).isEqualTo("SELESAI");
		assertThat(hasil(jalan, nama("penduduk"))).as(ringkasan(jalan)).isEqualTo("DIBUAT");
		assertThat(hasil(jalan, nama("sekolah"))).isEqualTo("DIBUAT");
		assertThat(hasil(jalan, nama("lokal"))).isEqualTo("GAGAL");
		String report = laporan(sumberId, jalan);
		assertThat(report).contains(nama("lokal")).contains("sudah dipakai dataset lokal");

		// the local dataset is untouched
		assertThat(prov.get("package_show", PROV_WALIDATA, "id", nama("lokal")).ok().result().path("title").asString())
			.isEqualTo("Milik provinsi " + word);

		// the harvested dataset is public at the province, mapped by region code to the same producer there
		JsonNode p = prov.get("package_show", null, "id", nama("penduduk")).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Penduduk Kecamatan " + word);
		assertThat(p.path("organization").path("name").asString()).isEqualTo(PRODUSEN_KAB);
		String resource = null;
		for (JsonNode r : p.path("resources")) {
			if (r.path("datastore_active").asBoolean()) {
				resource = r.path("id").asString();
			}
		}
		assertThat(resource).as("a table imported into the province's datastore").isNotNull();
		JsonNode rows = prov.get("datastore_search", null, "resource_id", resource).ok().result();
		assertThat(rows.path("total").asInt()).isEqualTo(3);

		// marked with its source and a link back on the public page
		String page = mvc.perform(get("/dataset/{s}", nama("penduduk"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Dipanen dari Satu Data Kota Pangkal Pinang " + word)
			.contains("href=\"" + kabupaten.url() + "/dataset/" + nama("penduduk") + "\"");
	}

	@Test
	@Order(2)
	void harvestedDatasetsAreReadOnlyAtTheProvince() throws Exception {
		String admin = CkanApi.token(Demo.ADMIN);
		// even an administrator, who may manage every dataset, is refused: it is the source's
		assertThat(prov.post("package_patch", admin, Map.of("id", nama("penduduk"), "title", "Diubah provinsi"))
			.failed(409, "Validation Error").body()).contains(word);
		prov.post("package_delete", admin, Map.of("id", nama("penduduk"))).failed(409, "Validation Error");
		// the province's Walidata does not manage the kabupaten's organization at all
		prov.post("package_patch", PROV_WALIDATA, Map.of("id", nama("penduduk"), "title", "Diubah provinsi"))
			.failed(403, "Authorization Error");
		mvc.perform(post("/kelola/dataset/{s}", nama("penduduk")).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("judul", "Diubah lewat halaman"));
		JsonNode p = prov.get("package_show", null, "id", nama("penduduk")).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Penduduk Kecamatan " + word);
		assertThat(p.path("state").asString()).isEqualTo("active");
	}

	@Test
	@Order(3)
	void anEditAtTheKabupatenArrivesAndATerbatasDatasetIsWithdrawn() throws Exception {
		kab.post("package_patch", KAB_WALIDATA, Map.of("id", nama("penduduk"), "title", "Penduduk (revisi) " + word))
			.ok();
		kab.post("package_patch", KAB_WALIDATA, Map.of("id", nama("sekolah"), "extras",
				List.of(Map.of("key", "akses", "value", "TERBATAS")))).ok();
		assertThat(kab.get("package_show", null, "id", nama("sekolah")).status()).isNotEqualTo(200);

		long jalan = jalankan(sumberId);
		assertThat(hasil(jalan, nama("penduduk"))).as(ringkasan(jalan)).isEqualTo("DIPERBARUI");
		assertThat(hasil(jalan, nama("sekolah"))).isEqualTo("DITARIK");
		assertThat(prov.get("package_show", null, "id", nama("penduduk")).ok().result().path("title").asString())
			.isEqualTo("Penduduk (revisi) " + word);
		prov.get("package_show", null, "id", nama("sekolah")).notFound();
		assertThat(laporan(sumberId, jalan)).contains("Tidak lagi ada dalam daftar publik sumber");

		// an unchanged source: nothing to do
		long lagi = jalankan(sumberId);
		assertThat(jdbc.queryForObject("select dibuat + diperbarui + ditarik from sinkron_jalan_panen where id = ?",
				Integer.class, lagi)).isZero();
	}

	@Test
	@Order(4)
	void theProvincePushesAHarvestedDatasetToTheNationalPortalAndEditsTravelOn() throws Exception {
		// the administrator configures the portal above; the token is stored encrypted, never shown
		mvc.perform(post("/kelola/admin/kirim-tujuan").with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("urlDasar", "http://127.0.0.1:" + proxy.port() + "/")
			.param("organisasiBawaan", "")
			.param("awalanNama", awalan)
			.param("token", nasionalToken)).andExpect(status().is3xxRedirection());
		String stored = jdbc.queryForObject("SELECT token_tersimpan FROM kirim_tujuan WHERE id = 1", String.class);
		assertThat(stored).startsWith("enc:").doesNotContain(nasionalToken);
		String settings = mvc.perform(get("/kelola/admin/kirim-tujuan").with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(settings).doesNotContain(nasionalToken)
			.contains(nasionalToken.substring(nasionalToken.length() - 4))
			.contains("http://127.0.0.1:" + proxy.port());
		mvc.perform(get("/kelola/admin/kirim-tujuan").with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());

		// the dataset harvested from the kabupaten, chosen at the province by its administrator
		long id = datasetId(nama("penduduk"));
		mvc.perform(post("/kelola/kirim/{id}/pilih", id).with(csrf()).with(accounts.as(Demo.ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(outbox(id)).isEqualTo(1);
		assertThat(pekerja.proses()).isEqualTo(1);
		assertThat(statusKirim(id)).as(jdbc.queryForMap("SELECT * FROM kirim_dataset WHERE dataset_id = ?", id)
			.toString()).isEqualTo("TERKIRIM");
		// at the national portal, through its CKAN API over HTTP
		JsonNode there = remoteShow(awalan + nama("penduduk")).path("result");
		assertThat(there.path("title").asString()).isEqualTo("Penduduk (revisi) " + word);
		assertThat(there.path("organization").path("name").asString()).isEqualTo(PRODUSEN_KAB);
		assertThat(there.path("resources")).hasSize(1);
		assertThat(there.path("resources").get(0).path("url").asString())
			.matches("http://localhost/dataset/" + nama("penduduk") + "/rilis/[0-9a-f-]{36}/unduh\\.csv");

		// an edit at the kabupaten: harvested by the province at its next run, pushed on to the national portal
		kab.post("package_patch", KAB_WALIDATA, Map.of("id", nama("penduduk"), "notes", "Catatan tiga tingkat " + word))
			.ok();
		long jalan = jalankan(sumberId);
		assertThat(hasil(jalan, nama("penduduk"))).as(ringkasan(jalan)).isEqualTo("DIPERBARUI");
		assertThat(outbox(id)).as("the harvest's change is in the province's outbox").isPositive();
		assertThat(pekerja.proses()).isEqualTo(1);
		there = remoteShow(awalan + nama("penduduk")).path("result");
		assertThat(there.path("notes").asString()).isEqualTo("Catatan tiga tingkat " + word);
		assertThat(there.path("id").asString()).as("the same package, updated")
			.isEqualTo(jdbc.queryForObject("SELECT id_remote FROM kirim_dataset WHERE dataset_id = ?", String.class, id));
	}

	@Test
	@Order(5)
	void theProvincesOwnDatasetIsKeptInStepThroughTheOutbox() throws Exception {
		// a public dataset, chosen by the Walidata: the choice writes its outbox row
		String name = datasetProvinsi("kirim-terbuka");
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
		prov.post("package_patch", PROV_WALIDATA, Map.of("id", name, "notes", "Catatan diubah " + name)).ok();
		assertThat(outbox(id)).isEqualTo(1);
		assertThat(pekerja.proses()).isEqualTo(1);
		there = remoteShow(awalan + name).path("result");
		assertThat(there.path("id").asString()).isEqualTo(remoteId);
		assertThat(there.path("notes").asString()).isEqualTo("Catatan diubah " + name);
		assertThat(audit(id, "kirim.diperbarui")).isEqualTo(1);

		// the remote is down: the attempt fails, is shown with its reason and next attempt, waits its backoff
		proxy.cut();
		prov.post("package_patch", PROV_WALIDATA, Map.of("id", name, "notes", "Catatan ketika putus " + name)).ok();
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
		prov.post("package_patch", PROV_WALIDATA, Map.of("id", name, "extras", List.of(Map.of("key", "akses", "value",
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
	@Order(6)
	void onlyPublicDatasetsCanBeChosen() throws Exception {
		String name = datasetProvinsi("kirim-terbatas");
		prov.post("package_patch", PROV_WALIDATA, Map.of("id", name, "extras", List.of(Map.of("key", "akses", "value",
				"TERBATAS")))).ok();
		long id = datasetId(name);
		mvc.perform(post("/kelola/kirim/{id}/pilih", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kirim_dataset WHERE dataset_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	@Order(10)
	void theProvinceHarvestsTheKabupatensDcatCatalogue() throws Exception {
		datasetKabupaten("guru", "Guru Kecamatan " + word, PRODUSEN_DCAT);
		datasetKabupaten("murid", "Murid Kecamatan " + word, PRODUSEN_DCAT);
		// the kabupaten's catalogue, as ckanext-dcat serves one, describes them
		HttpResponse<String> ttl = http.send(HttpRequest.newBuilder(URI.create(kabupaten.url() + "/catalog.ttl")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ttl.body()).contains("hydra:PagedCollection").contains("/dataset/" + nama("guru"));

		// registered as a DCAT catalogue: its base address, read at /catalog.ttl
		MvcResult created = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "DCAT Kota Pangkal Pinang " + word).param("jenis", "DCAT")
			.param("urlDasar", kabupaten.url()).param("filterOrganisasi", PRODUSEN_DCAT)
			.param("aktif", "true").param("imporTabel", "true")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as(created.getResponse().getContentAsString()).startsWith("/kelola/panen/");
		long sumber = Long.parseLong(location.substring("/kelola/panen/".length()));

		long jalan = jalankan(sumber);
		assertThat(jdbc.queryForObject("select status from sinkron_jalan_panen where id = ?", String.class, jalan))
			.as(ringkasan(jalan)).isEqualTo("SELESAI");
		assertThat(hasil(jalan, nama("guru"))).as(ringkasan(jalan)).isEqualTo("DIBUAT");
		assertThat(hasil(jalan, nama("murid"))).as(ringkasan(jalan)).isEqualTo("DIBUAT");
		assertThat(jdbc.queryForObject("select count(*) from sinkron_item_panen where jalan_id = ? and nama_asal like ?",
				Integer.class, jalan, word + "-%")).as("only the filtered producer's datasets: " + ringkasan(jalan))
			.isEqualTo(2);

		// mapped by the publisher's region code and name to the same producer here, its CSV table imported
		JsonNode p = prov.get("package_show", null, "id", nama("guru")).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Guru Kecamatan " + word);
		assertThat(p.path("notes").asString()).isEqualTo("Data kabupaten " + word);
		assertThat(p.path("organization").path("name").asString()).isEqualTo(PRODUSEN_DCAT);
		List<String> tags = new java.util.ArrayList<>();
		p.path("tags").forEach(t -> tags.add(t.path("name").asString()));
		assertThat(tags).contains(word);
		String resource = null;
		String periode = null;
		for (JsonNode r : p.path("resources")) {
			if (r.path("datastore_active").asBoolean()) {
				resource = r.path("id").asString();
				periode = r.path("periode").asString();
			}
		}
		assertThat(resource).as("the CSV distribution imported into the province's datastore: " + p).isNotNull();
		assertThat(periode).as("the release's period, from the distribution").isEqualTo("2023");
		assertThat(prov.get("datastore_search", null, "resource_id", resource).ok().result().path("total").asInt())
			.isEqualTo(3);
		String page = mvc.perform(get("/dataset/{s}", nama("guru"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Dipanen dari DCAT Kota Pangkal Pinang " + word)
			.contains("href=\"" + kabupaten.url() + "/dataset/" + nama("guru") + "\"");

		// an edit arrives (dct:modified changed), a dataset made TERBATAS leaves the catalogue and is withdrawn
		kab.post("package_patch", KAB_WALIDATA, Map.of("id", nama("guru"), "title", "Guru (revisi) " + word)).ok();
		kab.post("package_patch", KAB_WALIDATA, Map.of("id", nama("murid"), "extras",
				List.of(Map.of("key", "akses", "value", "TERBATAS")))).ok();
		jalan = jalankan(sumber);
		assertThat(hasil(jalan, nama("guru"))).as(ringkasan(jalan)).isEqualTo("DIPERBARUI");
		assertThat(hasil(jalan, nama("murid"))).as(ringkasan(jalan)).isEqualTo("DITARIK");
		assertThat(prov.get("package_show", null, "id", nama("guru")).ok().result().path("title").asString())
			.isEqualTo("Guru (revisi) " + word);
		prov.get("package_show", null, "id", nama("murid")).notFound();
		assertThat(laporan(sumber, jalan)).contains("Tidak lagi ada dalam daftar publik sumber");

		// unchanged: nothing to do
		long lagi = jalankan(sumber);
		assertThat(jdbc.queryForObject("select dibuat + diperbarui + ditarik from sinkron_jalan_panen where id = ?",
				Integer.class, lagi)).as(ringkasan(lagi)).isZero();
	}

	@Test
	@Order(20)
	void aRedirectToAnotherHostIsRefused() throws Exception {
		MvcResult created = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Pengalih " + word).param("jenis", "CKAN")
			.param("urlDasar", "http://127.0.0.1:" + pengalih.getAddress().getPort()).param("aktif", "true")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		long sumber = Long.parseLong(location.substring("/kelola/panen/".length()));
		long jalan = jalankan(sumber);
		assertThat(jdbc.queryForObject("select status from sinkron_jalan_panen where id = ?", String.class, jalan))
			.isEqualTo("GAGAL");
		assertThat(laporan(sumber, jalan)).contains("Pengalihan ke host lain (localhost) ditolak");
		assertThat(jdbc.queryForObject("select count(*) from sinkron_item_panen where jalan_id = ?", Integer.class,
				jalan)).isZero();
	}

	@Test
	@Order(21)
	void aSourceOnALinkLocalAddressIsRefused() throws Exception {
		String body = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Metadata awan").param("jenis", "CKAN").param("urlDasar", "http://169.254.169.254")
			.param("aktif", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("alamat yang tidak boleh dihubungi");
		assertThat(jdbc.queryForObject("select count(*) from sinkron_sumber_panen where url_dasar like '%169.254%'",
				Integer.class)).isZero();
	}

	private String datasetProvinsi(String prefix) throws Exception {
		String name = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Judul " + name);
		d.put("notes", "Catatan " + name);
		d.put("owner_org", "disdukcapil-19");
		d.put("tags", List.of(Map.of("name", "kirim")));
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBUKA"), Map.of("key", "satuan", "value", "jiwa")));
		prov.createDataset(PROV_WALIDATA, d);
		prov.uploadRelease(PROV_WALIDATA, name, CSV_KIRIM, "2023", true);
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

	/** {@code package_show} at the national portal, over HTTP (not through the proxy the test cuts). */
	private JsonNode remoteShow(String name) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nasional.url()
				+ "/api/3/action/package_show?id=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
			.header("Authorization", nasionalToken).build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(r.body());
	}

	private long remoteSearch(String name) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nasional.url()
				+ "/api/3/action/package_search?fq=" + URLEncoder.encode("name:" + name, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(r.body()).path("result").path("count").asLong();
	}

}
