package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.audit.AuditEntryView;
import id.satudata.audit.AuditHistory;
import id.satudata.perencanaan.KunciRilis;
import id.satudata.perencanaan.ProgresPengumpulan;
import id.satudata.perencanaan.ProgresRilis;
import id.satudata.perencanaan.TahapRilis;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collection and review journey over HTTP on a real database: a producer uploads data with
 * mistakes, reads the report (and its highlighted XLSX), fixes it, justifies a warning, submits;
 * the Walidata Pendukung pre-checks; the Walidata returns it with a note; the producer fixes and
 * submits again; the Walidata and BPS approve; the Walidata publishes and the public sees it.
 */
@IntegrationTest
class PengumpulanJourneyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	AuditHistory audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgresPengumpulan progres;

	Pengumpulan journey;

	@BeforeEach
	void setUp() {
		journey = new Pengumpulan(mvc, accounts, json);
	}

	/** Two mistakes: a kab/kota of another province (13.71) and a total that is not the sum of its parts. */
	static final String DUA_KESALAHAN = Pengumpulan.HEADER + """
			19.01,2024,171245,165009,336254
			19.02,2024,97313,93120,190433
			19.03,2024,106517,100208,206725
			13.71,2024,101003,96178,197181
			19.05,2024,104921,98773,203694
			19.06,2024,69041,66217,135258
			19.71,2024,115001,113472,999999
			""";

	@Test
	void aSubmissionTravelsFromTheProducerThroughBothChecksToThePublic() throws Exception {
		String slug = "penduduk-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		// the producer's list: every dataset of the OPD, and what the Daftar Data schedules (the demo's 2026 list)
		assertThat(journey.datasetId(slug)).isEqualTo(dataset);
		Document owed = journey.page(get("/kelola/pengumpulan"), Demo.PRODUSEN);
		assertThat(owed.select("#jadwal-kewajiban").text()).contains("Jumlah Penduduk menurut Kabupaten/Kota");
		long id = journey.buka(dataset, "2024");
		assertThat(journey.buka(dataset, "2024")).as("the same open submission").isEqualTo(id);

		// 1. two mistakes: the report says where, nothing reaches the catalog, submitting is refused
		JsonNode status = journey.unggah(id, DUA_KESALAHAN);
		assertThat(status.path("status").asString()).isEqualTo("SELESAI");
		Document report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#hasil-validasi").text()).contains("2 galat");
		assertThat(report.select("#ringkasan-aturan").text()).contains("Cakupan wilayah: 1").contains("Jumlah dan rinciannya: 1");
		String rows = report.select("#tabel-temuan tbody").text();
		assertThat(rows).contains("5 kode_wilayah 13.71").contains("berada di luar cakupan wilayah dataset (Kepulauan Bangka Belitung)")
			.contains("8 jumlah 999999").contains("Jumlah tidak sama dengan Laki-laki + Perempuan");
		// 13.71 outside, so 19.04 is missing: a warning of completeness
		assertThat(rows).contains("19.04");
		assertThat(journey.ajukan(id, "coba")).startsWith("GALAT:").contains("galat");

		// the highlighted XLSX: the two bad cells red, the problems beside their rows
		MockHttpServletResponse xlsx = mvc.perform(get("/kelola/pengumpulan/pengajuan/" + id + "/versi/1/laporan.xlsx")
			.with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet data = wb.getSheetAt(0);
			Row bad = find(data, "13.71");
			Cell code = bad.getCell(1);
			assertThat(code.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(bad.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
			assertThat(bad.getCell(6).getStringCellValue()).contains("cakupan wilayah");
			assertThat(find(data, "999999").getCell(5).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(wb.getSheetAt(1).getPhysicalNumberOfRows()).as("header + 3 problems").isEqualTo(4);
		}

		// 2. fixed, but 19.06 left out: only a warning, which needs a justification
		String tanpaBeltim = Pengumpulan.BENAR.replace("19.06,2024,69041,66217,135258\n", "");
		journey.unggah(id, tanpaBeltim);
		report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#hasil-validasi").text()).contains("1 peringatan");
		assertThat(journey.ajukan(id, "data 2024")).startsWith("GALAT:").contains("justifikasi");
		long version = journey.versi(id, Demo.PRODUSEN);
		mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/metadata").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("version", String.valueOf(version)).param("justifikasi[kelengkapan]", "Data Belitung Timur menyusul.")
			.param("catatanRilis", "Data semester II").param("satuan", "jiwa"));
		assertThat(journey.ajukan(id, "data 2024")).isEqualTo("Pengajuan terkirim ke pemeriksa.");

		// the producer's OPD has a Walidata Pendukung: the pre-check comes first; the Walidata cannot skip it
		assertThat(journey.langkah(id, Demo.WALIDATA, "SETUJUI_WALIDATA", null)).startsWith("GALAT:");
		Document inbox = journey.page(get("/kelola/pemeriksaan"), Demo.PENDUKUNG);
		assertThat(inbox.select("#kotak-masuk").text()).contains(slug.substring(0, 5)).contains("Walidata Pendukung");
		assertThat(journey.langkah(id, Demo.PENDUKUNG, "LOLOS_PRAPERIKSA", "Sudah dicek OPD")).isEqualTo("Langkah tersimpan.");

		// 3. the Walidata returns it: a note is required
		assertThat(journey.langkah(id, Demo.WALIDATA, "KEMBALIKAN", "")).startsWith("GALAT:").contains("catatan");
		mvc.perform(post("/kelola/pemeriksaan/" + id + "/catatan").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom", "kode_wilayah").param("teks", "Belitung Timur wajib ada."));
		assertThat(journey.langkah(id, Demo.WALIDATA, "KEMBALIKAN", "Lengkapi Kabupaten Belitung Timur (19.06)."))
			.isEqualTo("Langkah tersimpan.");
		report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#dikembalikan").text()).contains("Lengkapi Kabupaten Belitung Timur");
		assertThat(report.select("#daftar-catatan").text()).contains("Belitung Timur wajib ada.").contains("kolom kode_wilayah");

		// 4. fixed for good, submitted again; pre-check, Walidata, BPS
		journey.unggah(id, Pengumpulan.BENAR);
		report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
		assertThat(report.select("#skor-kepatuhan").text()).isNotBlank();
		assertThat(journey.ajukan(id, "sudah lengkap")).isEqualTo("Pengajuan terkirim ke pemeriksa.");
		assertThat(journey.langkah(id, Demo.PENDUKUNG, "LOLOS_PRAPERIKSA", null)).isEqualTo("Langkah tersimpan.");
		assertThat(journey.langkah(id, Demo.PEMBINA, "SETUJUI_PEMBINA", null)).as("not BPS's turn yet").startsWith("GALAT:");
		Document review = journey.page(get("/kelola/pemeriksaan/" + id), Demo.WALIDATA);
		assertThat(review.select("#tabel-data tbody tr")).hasSize(7);
		assertThat(review.select("#ringkasan-perbedaan").text()).as("against the previous upload, without 19.06")
			.contains("1 baris baru").contains("6 baris sama");
		assertThat(journey.langkah(id, Demo.WALIDATA, "SETUJUI_WALIDATA", null)).isEqualTo("Langkah tersimpan.");
		assertThat(journey.langkah(id, Demo.PEMBINA, "SETUJUI_PEMBINA", "Sesuai data BPS")).isEqualTo("Langkah tersimpan.");

		// nothing public before the Walidata publishes, and not around the review either: the dataset page's
		// direct "Terbitkan" refuses a release that came from a submission
		assertThat(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
		String draf = jdbc.queryForList("SELECT uuid FROM rilis WHERE dataset_id = ? AND status = 'DRAFT' AND dari_pengajuan "
				+ "ORDER BY versi DESC", String.class, dataset).get(0);
		assertThat(journey.page(get("/kelola/dataset/" + slug + "/rilis/" + draf), Demo.WALIDATA)
			.select("#tombol-terbitkan, #melalui-pemeriksaan").text()).isEqualTo("Rilis dari pengajuan produsen: diterbitkan melalui menu Pemeriksaan.");
		mvc.perform(post("/kelola/dataset/" + slug + "/rilis/" + draf + "/terbitkan").with(csrf())
			.with(accounts.as(Demo.WALIDATA)));
		assertThat(jdbc.queryForObject("SELECT status FROM rilis WHERE uuid = ?", String.class, draf)).isEqualTo("DRAFT");
		assertThat(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(journey.langkah(id, Demo.WALIDATA, "TERBITKAN", null)).isEqualTo("Langkah tersimpan.");

		// 5. the public sees the release, with the producer's release note
		Document publik = org.jsoup.Jsoup.parse(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse()
			.getContentAsString());
		assertThat(publik.select("body").text()).contains("Periode 2024").contains("19.71 2024 115.001 113.472 228.473");
		String resources = mvc.perform(get("/api/3/action/package_show").param("id", slug)).andReturn().getResponse()
			.getContentAsString();
		assertThat(json.readTree(resources).path("result").path("resources").get(0).path("description").asString())
			.as("the producer's release note").isEqualTo("Data semester II");
		Document history = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(history.select("#riwayat-pengajuan li")).as("created + 8 steps").hasSize(1 + 8);
		List<String> actions = audit.untukObjek("Pengajuan", String.valueOf(id)).stream().map(AuditEntryView::aksi).toList();
		assertThat(actions).contains("pengajuan.dibuat", "pengajuan.diunggah", "pengajuan.ajukan", "pengajuan.lolos_praperiksa",
				"pengajuan.kembalikan", "pengajuan.setujui_walidata", "pengajuan.setujui_pembina", "pengajuan.terbitkan",
				"pengajuan.dicatat");
		// planning's monitoring reads the same journey: submitted, checked by both, published, time per step
		KunciRilis key = new KunciRilis(dataset, "2024");
		ProgresRilis pr = progres.progres(List.of(key)).get(key);
		assertThat(pr.tahap()).isEqualTo(TahapRilis.TERBIT);
		assertThat(pr.dikumpulkanPada()).isBefore(pr.diperiksaPada());
		assertThat(pr.diperiksaPada()).isBeforeOrEqualTo(pr.diterbitkanPada());
		assertThat(pr.skorKepatuhan()).isBetween(0, 100);
		assertThat(pr.waktuPerTahap()).containsKeys("DIAJUKAN", "DIPERIKSA_WALIDATA", "DIPERIKSA_PEMBINA", "SIAP_TERBIT",
				"DIKEMBALIKAN");
		assertThat(progres.progres(List.of(new KunciRilis(dataset, "2019")))).isEmpty();

		// the producer was told: returned, then published
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = 'pemeriksaan.notif.terbit' AND n.argumen LIKE ?", Long.class,
				Demo.PRODUSEN, "%" + slug.substring(13) + "%")).isEqualTo(1L);

		// 6. the Walidata withdraws the release from the dataset page: the producer hears of it (after commit, through
		// the event registry), the public no longer sees the period
		String terbit = jdbc.queryForObject("SELECT uuid FROM rilis WHERE dataset_id = ? AND status = 'TERBIT'", String.class,
				dataset);
		mvc.perform(post("/kelola/dataset/" + slug + "/rilis/" + terbit + "/tarik").with(csrf())
			.with(accounts.as(Demo.WALIDATA)));
		assertThat(jdbc.queryForObject("SELECT status FROM rilis WHERE uuid = ?", String.class, terbit)).isEqualTo("DITARIK");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("SELECT count(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
						+ "WHERE p.username = ? AND n.judul_key = 'pemeriksaan.notif.rilisDitarik' AND n.argumen LIKE ?",
						Long.class, Demo.PRODUSEN, "%" + slug.substring(13) + "%"))
			.isEqualTo(1L));
	}

	@Test
	void othersCannotSeeOrTouchASubmissionAndStaleFormsAreRefused() throws Exception {
		String slug = "penduduk-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2023");
		// a producer of another OPD: neither the dataset nor the submission exist for them
		assertThat(status(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN_DINKES)).isEqualTo(404);
		assertThat(status(get("/kelola/pengumpulan/dataset/" + dataset), Demo.PRODUSEN_DINKES)).isEqualTo(404);
		assertThat(status(get("/kelola/pemeriksaan/" + id), Demo.PEMBINA_PUSAT)).isEqualTo(404);
		// the Walidata of Pangkal Pinang has no part in the province's submission
		assertThat(status(get("/kelola/pemeriksaan/" + id), Demo.WALIDATA_PANGKALPINANG)).isEqualTo(404);
		// producer pages need the producer role; the public is sent to log in
		assertThat(status(get("/kelola/pengumpulan"), Demo.WALIDATA)).isEqualTo(403);
		assertThat(mvc.perform(get("/kelola/pengumpulan")).andReturn().getResponse().getRedirectedUrl()).contains("/masuk");
		assertThat(mvc.perform(get("/kelola/pemeriksaan")).andReturn().getResponse().getRedirectedUrl()).contains("/masuk");
		// only the Walidata manages rules
		assertThat(mvc.perform(post("/kelola/pengumpulan/aturan/" + dataset).with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("jenis", "JUMLAH")).andReturn().getResponse().getStatus()).isEqualTo(403);

		// a form from before another change: refused, nothing changes
		long stale = journey.versi(id, Demo.PRODUSEN);
		journey.unggah(id, Pengumpulan.BENAR.replace("2024", "2023"));
		String flash = String.valueOf(mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/ajukan").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(stale))).andReturn().getFlashMap().get("galat"));
		assertThat(flash).contains("telah berubah");
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#status-pengajuan").text()).isEqualTo("Draf");
		// an upload with a stale version is refused before anything is kept
		long before = jdbc.queryForObject("SELECT count(*) FROM unggahan WHERE pengajuan_id = ?", Long.class, id);
		MockHttpServletResponse r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/kelola/pengumpulan/pengajuan/" + id + "/unggah")
			.file(new org.springframework.mock.web.MockMultipartFile("berkas", "x.csv", "text/csv", "a\n1\n".getBytes()))
			.param("version", String.valueOf(stale)).with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.header("Accept", "application/json")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(409);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM unggahan WHERE pengajuan_id = ?", Long.class, id)).isEqualTo(before);
	}

	@Test
	void anUnknownHeaderIsMappedWithoutUploadingAgain() throws Exception {
		String slug = "penduduk-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2022");
		String renamed = Pengumpulan.BENAR.replace("2024", "2022").replace("laki_laki,", "penduduk laki,");
		journey.unggah(id, renamed);
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#ringkasan-aturan").text()).contains("Judul kolom");
		String versiId = page.select("#pemetaan input[name=versiId]").attr("value");
		assertThat(page.select("#pemetaan select option").eachAttr("value")).contains("laki_laki");
		String location = mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/pemetaan").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(journey.versi(id, Demo.PRODUSEN)))
			.param("versiId", versiId).param("peta[penduduk laki]", "laki_laki")).andReturn().getResponse().getRedirectedUrl();
		JsonNode done = journey.tunggu(location);
		assertThat(done.path("status").asString()).isEqualTo("SELESAI");
		page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
	}

	@Test
	void theTemplateOffersTheCodesOfTheCoverageOnly() throws Exception {
		String slug = "penduduk-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		MockHttpServletResponse r = mvc.perform(get("/kelola/pengumpulan/dataset/" + dataset + "/templat.xlsx")
			.param("periode", "2024").with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
			Sheet data = wb.getSheet("Data");
			assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode Wilayah");
			assertThat(data.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Laki-laki");
			assertThat(data.getDataValidations()).isNotEmpty();
			Sheet kode = wb.getSheet("Kode");
			assertThat(wb.isSheetHidden(wb.getSheetIndex(kode))).isTrue();
			// the seven kab/kota of Bangka Belitung, nothing else
			assertThat(kode.getLastRowNum()).isEqualTo(7);
			assertThat(kode.getRow(7).getCell(0).getStringCellValue()).isEqualTo("19.71");
			assertThat(wb.getSheet("Petunjuk").getRow(0).getCell(0).getStringCellValue()).contains(slug);
		}
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		return mvc.perform(request.with(accounts.as(user))).andReturn().getResponse().getStatus();
	}

	private static Row find(Sheet sheet, String value) {
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && value.equals(c.getStringCellValue())) {
					return row;
				}
			}
		}
		throw new AssertionError(value + " not in sheet " + sheet.getSheetName());
	}

}
