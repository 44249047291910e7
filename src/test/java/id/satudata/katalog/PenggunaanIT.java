package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.shared.web.HalamanPublikBerubah;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Usage figures: views, downloads per format and API calls are counted per dataset, release, kind
 * and day without anything that identifies the reader; robots are left out; a write after counting
 * adds exactly what was counted, also while requests keep counting; and the figures of a restricted
 * dataset appear to those who may see it (Walidata) and nowhere to the public (dataset page, home,
 * producer page, monitoring, export).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PenggunaanIT {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PenggunaanData penggunaan;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	CkanApi api;

	String run;
	String slugD;
	String judulD;
	String slugA;
	String judulA;
	String rilisD;
	String rilisA;
	long idD;
	long idA;
	long organisasi;
	int tahun;

	@BeforeAll
	void setUp() throws Exception {
		api = new CkanApi(mvc, json);
		run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slugD = "pakai-" + run + "-terbuka";
		judulD = "Angka Kunjungan Terbuka " + run;
		slugA = "pakai-" + run + "-terbatas";
		judulA = "Angka Kunjungan Terbatas " + run;
		String walidata = CkanApi.token(Demo.WALIDATA);
		api.createDataset(walidata, dataset(slugD, judulD, "dinkes-19", "TERBUKA"));
		rilisD = api.uploadRelease(walidata, slugD, CkanApi.CSV_KECAMATAN, "2023", true);
		api.createDataset(walidata, dataset(slugA, judulA, "dlh-19", "TERBATAS"));
		rilisA = api.uploadRelease(walidata, slugA, CkanApi.CSV_KECAMATAN, "2023", true);
		idD = jdbc.queryForObject("SELECT id FROM dataset WHERE slug = ?", Long.class, slugD);
		idA = jdbc.queryForObject("SELECT id FROM dataset WHERE slug = ?", Long.class, slugA);
		organisasi = jdbc.queryForObject("SELECT organisasi_id FROM dataset WHERE slug = ?", Long.class, slugD);
		tahun = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
		penggunaan.tulis();
	}

	static Map<String, Object> dataset(String name, String title, String org, String akses) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Uji angka penggunaan: " + title);
		d.put("owner_org", org);
		d.put("extras", List.of(Map.of("key", "akses", "value", akses), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "jenis_data", "value", "STATISTIK")));
		return d;
	}

	MockHttpServletResponse as(MockHttpServletRequestBuilder b, String user, String userAgent) throws Exception {
		if (userAgent != null) {
			b.header("User-Agent", userAgent);
		}
		if (user != null) {
			b.with(accounts.as(user));
		}
		return mvc.perform(b).andReturn().getResponse();
	}

	Map<String, Long> rows(long datasetId) {
		Map<String, Long> out = new LinkedHashMap<>();
		jdbc.query("SELECT p.jenis, p.format, r.uuid, SUM(p.jumlah) FROM penggunaan_harian p LEFT JOIN rilis r"
				+ " ON r.id = p.rilis_id WHERE p.dataset_id = ? GROUP BY p.jenis, p.format, r.uuid", rs -> {
					out.put(rs.getString(1) + "/" + rs.getString(2) + "/" + (rs.getString(3) == null ? "-" : "rilis"),
							rs.getLong(4));
				}, datasetId);
		return out;
	}

	@Test
	@Order(1)
	void countsViewsDownloadsAndApiCallsWithoutIdentifyingAnyoneAndWithoutRobots() throws Exception {
		// two views by people, one by a crawler, one by a script without a User-Agent
		assertThat(as(get("/dataset/" + slugD), null, BROWSER).getStatus()).isEqualTo(200);
		assertThat(as(get("/dataset/" + slugD), Demo.PENGGUNA, BROWSER).getStatus()).isEqualTo(200);
		assertThat(as(get("/dataset/" + slugD), null,
				"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").getStatus()).isEqualTo(200);
		assertThat(as(get("/dataset/" + slugD), null, null).getStatus()).isEqualTo(200);
		// paging the table (htmx) is not a view
		assertThat(as(get("/dataset/" + slugD).header("HX-Request", "true"), null, BROWSER).getStatus()).isEqualTo(200);
		// downloads per format; a download by curl counts, by a crawler not
		String unduh = "/dataset/" + slugD + "/rilis/" + rilisD + "/unduh.";
		assertThat(as(get(unduh + "csv"), null, BROWSER).getStatus()).isEqualTo(200);
		assertThat(as(get(unduh + "csv"), null, "curl/8.5.0").getStatus()).isEqualTo(200);
		assertThat(as(get(unduh + "xlsx"), null, BROWSER).getStatus()).isEqualTo(200);
		assertThat(as(get(unduh + "csv"), null, "Mozilla/5.0 (compatible; bingbot/2.0)").getStatus()).isEqualTo(200);
		// API calls: of the dataset and of the release's table
		assertThat(api.perform(get("/api/3/action/package_show").param("id", slugD)
			.header("User-Agent", "python-requests/2.31"), null).ok().result().path("name").asString()).isEqualTo(slugD);
		api.perform(get("/api/3/action/datastore_search").param("resource_id", rilisD)
			.header("User-Agent", "ckanapi/4.7"), null).ok();
		api.perform(get("/api/3/action/package_show").param("id", slugD)
			.header("User-Agent", "GPTBot/1.0 (+https://openai.com/gptbot)"), null).ok();
		// the restricted dataset: hidden from the public (404, not counted), seen by a province role
		assertThat(as(get("/dataset/" + slugA), null, BROWSER).getStatus()).isEqualTo(404);
		assertThat(api.perform(get("/api/3/action/package_show").param("id", slugA), null).status()).isEqualTo(404);
		assertThat(as(get("/dataset/" + slugA), Demo.KOORDINATOR, BROWSER).getStatus()).isEqualTo(200);

		assertThat(rows(idD)).isEmpty();
		penggunaan.tulis();
		assertThat(rows(idD)).containsExactlyInAnyOrderEntriesOf(Map.of("LIHAT//rilis", 2L, "UNDUH/CSV/rilis", 2L,
				"UNDUH/XLSX/rilis", 1L, "API//-", 1L, "API//rilis", 1L));
		assertThat(rows(idA)).containsExactlyInAnyOrderEntriesOf(Map.of("LIHAT//rilis", 1L));
		// nothing that identifies a reader: only the key and the count
		List<String> kolom = jdbc.queryForList("SELECT LOWER(column_name) FROM information_schema.columns"
				+ " WHERE LOWER(table_name) = 'penggunaan_harian' ORDER BY 1", String.class);
		assertThat(kolom).containsExactlyInAnyOrder("id", "dataset_id", "rilis_id", "jenis", "format", "hari", "jumlah");

		// a second write adds to the same keys
		assertThat(as(get(unduh + "csv"), null, BROWSER).getStatus()).isEqualTo(200);
		penggunaan.tulis();
		halamanPublikKedaluwarsa();
		assertThat(rows(idD)).containsEntry("UNDUH/CSV/rilis", 3L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penggunaan_harian WHERE dataset_id = ? AND jenis = 'UNDUH'"
				+ " AND format = 'CSV'", Long.class, idD)).isEqualTo(1L);

		// the dataset page shows the figures, per format and per release
		Document page = Jsoup.parse(as(get("/dataset/" + slugD), null, null).getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#penggunaan-dilihat").text()).isEqualTo("2");
		assertThat(page.select("#penggunaan-diunduh").text()).isEqualTo("4");
		assertThat(page.select("#penggunaan-api").text()).isEqualTo("2");
		assertThat(page.select("#penggunaan-format").text()).contains("CSV 3", "XLSX 1");
		assertThat(page.select("#penggunaan-rilis tbody tr")).hasSize(1);
	}

	@Test
	@Order(2)
	void countingLosesNothingWhileWritesRunConcurrently() throws Exception {
		long before = sum(idD, "API");
		int threads = 6;
		int each = 5_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> tasks = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			tasks.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < each; i++) {
					penggunaan.catat(idD, null, JenisPenggunaan.API, null, "ckanapi/4.7");
				}
				return null;
			}));
		}
		Future<?> writer = pool.submit(() -> {
			start.await();
			for (int i = 0; i < 20; i++) {
				penggunaan.tulis();
				Thread.sleep(5);
			}
			return null;
		});
		start.countDown();
		for (Future<?> f : tasks) {
			f.get();
		}
		writer.get();
		pool.shutdown();
		penggunaan.tulis();
		assertThat(sum(idD, "API") - before).isEqualTo((long) threads * each);
	}

	long sum(long datasetId, String jenis) {
		return jdbc.queryForObject("SELECT COALESCE(SUM(jumlah), 0) FROM penggunaan_harian WHERE dataset_id = ?"
				+ " AND jenis = ?", Long.class, datasetId, jenis);
	}

	@Test
	@Order(3)
	void restrictedFiguresAreNeverShownToThePublic() throws Exception {
		// make both the most used of the whole platform, the restricted one first
		for (int i = 0; i < 200_000; i++) {
			penggunaan.catat(idA, rilisA, JenisPenggunaan.LIHAT, null, BROWSER);
			if (i % 2 == 0) {
				penggunaan.catat(idD, rilisD, JenisPenggunaan.LIHAT, null, BROWSER);
			}
		}
		penggunaan.tulis();
		halamanPublikKedaluwarsa();

		// home page: the public sees D, never A; the province's Walidata sees both
		Document home = html("/", null);
		assertThat(home.select("#paling-banyak-diakses").text()).contains(judulD).doesNotContain(judulA, run + "-terbatas");
		assertThat(html("/", Demo.WALIDATA).select("#paling-banyak-diakses").text()).contains(judulA, judulD);

		// the producer page of A's unit (dlh-19) has no figure of A for the public
		Document produsen = html("/organisasi/dlh-19", null);
		assertThat(produsen.text()).doesNotContain(judulA);
		assertThat(html("/organisasi/dlh-19", Demo.WALIDATA).select("#penggunaan-produsen-terbanyak").text())
			.contains(judulA);
		assertThat(html("/organisasi/dinkes-19", null).select("#penggunaan-produsen-terbanyak").text()).contains(judulD);

		// monitoring: public and back office
		String q = "?organisasi=" + organisasi + "&tahun=" + tahun;
		Document publik = html("/monitoring" + q, null);
		assertThat(publik.select("#penggunaan-terbanyak").text()).contains(judulD).doesNotContain(judulA);
		assertThat(publik.select("#penggunaan-bulanan tbody tr")).hasSize(12);
		Document kelola = html("/kelola/monitoring" + q, Demo.WALIDATA);
		assertThat(kelola.select("#penggunaan-terbanyak").text()).contains(judulA, judulD);

		// export: CSV for the public without A; XLSX for the Walidata with A, per month
		MockHttpServletResponse csv = as(get("/monitoring/penggunaan.csv" + q), null, BROWSER);
		assertThat(csv.getStatus()).isEqualTo(200);
		String csvText = csv.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csvText).contains(slugD).doesNotContain(slugA);
		MockHttpServletResponse xlsx = as(get("/monitoring/penggunaan.xlsx" + q), Demo.WALIDATA, BROWSER);
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			boolean found = false;
			for (Row row : wb.getSheetAt(0)) {
				if (slugA.equals(row.getCell(2).getStringCellValue())) {
					found = true;
					assertThat(row.getCell(4).getNumericCellValue()).isGreaterThanOrEqualTo(200_000);
				}
			}
			assertThat(found).as("A in the Walidata's export").isTrue();
		}
	}

	/**
	 * Writing the figures leaves the public's kept pages alone (they show new figures once their 30 s
	 * lifetime ends: see PenggunaanService#tulis); the test ends that lifetime now.
	 */
	void halamanPublikKedaluwarsa() {
		events.publishEvent(new HalamanPublikBerubah("uji"));
	}

	Document html(String url, String user) throws Exception {
		MockHttpServletResponse r = as(get(url), user, BROWSER);
		assertThat(r.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
	}

}
