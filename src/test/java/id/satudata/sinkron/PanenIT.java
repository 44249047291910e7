package id.satudata.sinkron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.InetSocketAddress;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.sun.net.httpserver.HttpServer;

import id.satudata.SatuDataApplication;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import id.satudata.test.TestDatabaseInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one machine: this test's application is the province; a second application
 * context in the same JVM (its own database, data directory and Tomcat on port 18101) is the
 * kabupaten Kota Pangkal Pinang. The province registers the kabupaten as a harvest source through its
 * back office and harvests it over HTTP: datasets appear marked with their source and a link back,
 * their tables queryable in the province's datastore; they are read-only at the province; an edit at
 * the kabupaten arrives with the next run; a dataset made TERBATAS there is withdrawn; a local
 * dataset of the same name is never overwritten (reported as failed); a source redirecting to another
 * host is refused, and so is a source on a link-local address.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PanenIT {

	/** Two free ports of this test's range (18101-18149): an H2 and a PostgreSQL run may overlap. */
	static final int PORT_KABUPATEN = portBebas(18101);
	static final int PORT_PENGALIH = portBebas(PORT_KABUPATEN + 1);
	static final String KAB_WALIDATA = CkanApi.token(Demo.WALIDATA_PANGKALPINANG);
	static final String PROV_WALIDATA = CkanApi.token(Demo.WALIDATA);
	static final String PRODUSEN_KAB = "disdukcapil-19-71";

	static final String CSV = """
			kecamatan,tahun,jumlah
			Bukit Intan,2023,120
			Gerunggang,2023,90
			Taman Sari,2023,75
			""";

	static int portBebas(int dari) {
		for (int port = dari; port < 18150; port++) {
			try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
				return port;
			}
			catch (java.io.IOException e) {
				// taken: the next one
			}
		}
		throw new IllegalStateException("no free port in 18101-18149");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	ConfigurableApplicationContext kabupaten;
	HttpServer pengalih;
	CkanApi prov;
	CkanApi kab;
	String word;
	long sumberId;

	@BeforeAll
	void setUp() throws Exception {
		word = "panen" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		kabupaten = new SpringApplicationBuilder(SatuDataApplication.class).profiles("test")
			.initializers(new TestDatabaseInitializer())
			// as arguments: they outrank application.properties (builder properties are only defaults)
			.run("--server.port=" + PORT_KABUPATEN, "--satudata.base-url=http://127.0.0.1:" + PORT_KABUPATEN);
		MockMvc kabMvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) kabupaten).apply(springSecurity())
			.build();
		kab = new CkanApi(kabMvc, json);
		prov = new CkanApi(mvc, json);
		// a "source" whose API answers with a redirect to another host
		pengalih = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT_PENGALIH), 0);
		pengalih.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://localhost:" + PORT_KABUPATEN
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
		if (kabupaten != null) {
			kabupaten.close();
		}
	}

	private String nama(String suffix) {
		return word + "-" + suffix;
	}

	private void datasetKabupaten(String suffix, String title) throws Exception {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", nama(suffix));
		d.put("title", title);
		d.put("notes", "Data kabupaten " + word);
		d.put("owner_org", PRODUSEN_KAB);
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
			.param("urlDasar", "http://127.0.0.1:" + PORT_KABUPATEN + "/").param("filterOrganisasi", PRODUSEN_KAB)
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
			.contains("href=\"http://127.0.0.1:" + PORT_KABUPATEN + "/dataset/" + nama("penduduk") + "\"");
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
	void aRedirectToAnotherHostIsRefused() throws Exception {
		MvcResult created = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Pengalih " + word).param("jenis", "CKAN")
			.param("urlDasar", "http://127.0.0.1:" + PORT_PENGALIH).param("aktif", "true")).andReturn();
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
	@Order(5)
	void aSourceOnALinkLocalAddressIsRefused() throws Exception {
		String body = mvc.perform(post("/kelola/panen/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Metadata awan").param("jenis", "CKAN").param("urlDasar", "http://169.254.169.254")
			.param("aktif", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("alamat yang tidak boleh dihubungi");
		assertThat(jdbc.queryForObject("select count(*) from sinkron_sumber_panen where url_dasar like '%169.254%'",
				Integer.class)).isZero();
	}

}
