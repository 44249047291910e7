package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.Query;
import id.satudata.datastore.TableRef;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names to codes through the producer's path: an XLSX with desa/kelurahan names of Bangka Belitung
 * (the demo province, from the seeded region list) where the schema wants region codes. The exact
 * names get their codes; "Air Duren", a desa of both Mendo Barat and Pemali, is shown in the "Cocokkan
 * nama ke kode" step with both; the producer's choice re-checks the same file and the stored draft
 * release holds the right codes.
 */
@IntegrationTest
class NamaKeKodeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Datastore datastore;

	@Test
	void exactNamesApplyAnAmbiguousOneIsConfirmedInTheStepAndTheReleaseHoldsTheCodes() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "nama-kode-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = dataset(slug);
		long id = journey.buka(dataset, "2024");
		byte[] xlsx = xlsx(List.of(List.of("Desa/Kelurahan", "Tahun", "Jumlah"),
				List.of("Kel. Semabung Lama", "2024", "1200"),
				List.of("kelurahan  BACANG", "2024", "800"),
				List.of("Air Duren", "2024", "640"),
				List.of("Desa Nibung Kec. Koba", "2024", "10")));
		JsonNode status = unggah(journey, id, xlsx);
		assertThat(status.path("status").asString()).isEqualTo("SELESAI");

		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		Element step = page.selectFirst("#nama-kode");
		assertThat(step).as(page.select("#laporan").text()).isNotNull();
		assertThat(step.select("label").eachText()).containsExactly("\u201cAir Duren\u201d (kolom Desa/Kelurahan)",
				"\u201cDesa Nibung Kec. Koba\u201d (kolom Desa/Kelurahan)");
		assertThat(step.select("#kode-nama-0 option").eachText()).containsExactlyInAnyOrder("\u2014 pilih kode \u2014",
				"19.01.04.2009 Air Duren (Mendo Barat)", "19.01.05.2002 Air Duren (Pemali)");
		// the report names row, column and value
		assertThat(page.select("#laporan").text()).contains("Air Duren")
			.contains("cocok dengan lebih dari satu kode: 19.01.04.2009 Air Duren (Mendo Barat); 19.01.05.2002 Air Duren (Pemali)");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Integer.class, slug)).isZero();

		// the producer chooses Pemali's Air Duren and Koba's Nibung; the same file is checked again
		Map<String, String> form = new LinkedHashMap<>();
		for (Element input : step.select("input[type=hidden]")) {
			form.put(input.attr("name"), input.attr("value"));
		}
		form.put("kode0", "19.01.05.2002");
		form.put("kode1", "19.04.01.2003");
		var req = post("/kelola/pengumpulan/pengajuan/" + id + "/nama-kode").with(csrf()).with(accounts.as(Demo.PRODUSEN));
		form.forEach(req::param);
		String location = mvc.perform(req).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/kelola/pengumpulan/unggahan/");
		JsonNode again = journey.tunggu(location);
		assertThat(again.path("status").asString()).as(again.toString()).isEqualTo("SELESAI");
		Document after = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(after.selectFirst("#nama-kode")).isNull();

		Map<String, Object> row = jdbc.queryForMap("SELECT r.storage_key, r.jumlah_baris FROM rilis r JOIN dataset d "
				+ "ON d.id = r.dataset_id WHERE d.slug = ?", slug);
		TableRef table = new TableRef((String) row.get("storage_key"), List.of(
				ColumnSpec.of("kode_wilayah", "Kode Wilayah", ColumnType.KODE),
				ColumnSpec.of("tahun", "Tahun", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT)), ((Number) row.get("jumlah_baris")).longValue());
		assertThat(datastore.search(table, Query.all(10)).records()).extracting(r -> r.get("kode_wilayah") + "=" + r.get("jumlah"))
			.containsExactly("19.71.01.1004=1200", "19.71.01.1006=800", "19.01.05.2002=640", "19.04.01.2003=10");
		// the choices are kept with the upload's options, for the next check of the file
		String opsi = jdbc.queryForObject("SELECT opsi_impor FROM unggahan WHERE pengajuan_id = ? ORDER BY id DESC "
				+ "FETCH FIRST 1 ROWS ONLY", String.class, id);
		assertThat(json.readTree(opsi).path("kodeNama").path("Desa/Kelurahan").path("Air Duren").asString())
			.isEqualTo("19.01.05.2002");
	}

	/**
	 * Wide to long in the producer's path: years as columns over desa names. The check proposes the
	 * "Ubah bentuk tabel" step (2023 and 2024 become values of Tahun, their cells Jumlah); confirmed, the
	 * same file is checked again, the names get their codes, and the draft release holds one row per desa
	 * and year; the shape is kept with the upload's options.
	 */
	@Test
	void aWideFileOfYearsIsReshapedOnceTheProducerConfirmsTheStep() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "bentuk-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = dataset(slug);
		long id = journey.buka(dataset, "2024");
		byte[] xlsx = xlsx(List.of(List.of("Desa/Kelurahan", "2023", "2024"),
				List.of("Kel. Semabung Lama", "1150", "1200"),
				List.of("kelurahan  BACANG", "790", "800")));
		assertThat(unggah(journey, id, xlsx).path("status").asString()).isEqualTo("SELESAI");
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/halaman"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/halaman/bentuk-tabel.html"), page.outerHtml());
		Element step = page.selectFirst("#bentuk-tabel");
		assertThat(step).as(page.select("#laporan").text()).isNotNull();
		assertThat(step.select("tbody tr").eachText()).containsExactly("2023 2023", "2024 2024");
		assertThat(step.select("p").text()).contains("judul kolomnya masuk ke kolom tahun dan isinya ke kolom jumlah");

		var req = post("/kelola/pengumpulan/pengajuan/" + id + "/bentuk-tabel").with(csrf()).with(accounts.as(Demo.PRODUSEN));
		step.select("input[type=hidden]").forEach(i -> req.param(i.attr("name"), i.attr("value")));
		String location = mvc.perform(req).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/kelola/pengumpulan/unggahan/");
		JsonNode again = journey.tunggu(location);
		assertThat(again.path("status").asString()).as(again.toString()).isEqualTo("SELESAI");
		Document after = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(after.selectFirst("#bentuk-tabel")).isNull();

		Map<String, Object> row = jdbc.queryForMap("SELECT r.storage_key, r.jumlah_baris FROM rilis r JOIN dataset d "
				+ "ON d.id = r.dataset_id WHERE d.slug = ?", slug);
		TableRef table = new TableRef((String) row.get("storage_key"), List.of(
				ColumnSpec.of("kode_wilayah", "Kode Wilayah", ColumnType.KODE),
				ColumnSpec.of("tahun", "Tahun", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT)), ((Number) row.get("jumlah_baris")).longValue());
		assertThat(datastore.search(table, Query.all(10)).records())
			.extracting(r -> r.get("kode_wilayah") + "/" + r.get("tahun") + "=" + r.get("jumlah"))
			.containsExactly("19.71.01.1004/2023=1150", "19.71.01.1004/2024=1200", "19.71.01.1006/2023=790",
					"19.71.01.1006/2024=800");
		String opsi = jdbc.queryForObject("SELECT opsi_impor FROM unggahan WHERE pengajuan_id = ? ORDER BY id DESC "
				+ "FETCH FIRST 1 ROWS ONLY", String.class, id);
		assertThat(json.readTree(opsi).path("bentuk").path("direction").asString()).isEqualTo("WIDE_TO_LONG");
		assertThat(json.readTree(opsi).path("bentuk").path("columns").path("2023").asString()).isEqualTo("2023");
	}

	@Test
	void theWalidatasUploadMatchesNamesWithinTheCoverageAndReportsAnAmbiguousOne() throws Exception {
		String slug = "nama-kode-walidata-" + UUID.randomUUID().toString().substring(0, 8);
		dataset(slug);
		byte[] ambiguous = xlsx(List.of(List.of("Desa/Kelurahan", "Tahun", "Jumlah"), List.of("Bacang", "2024", "5"),
				List.of("Air Duren", "2024", "7")));
		String html = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "desa.xlsx", "application/octet-stream", ambiguous))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#tabel-galat-unggah tbody tr").eachText()).singleElement().asString()
			.startsWith("3 Desa/Kelurahan Air Duren").contains("19.01.04.2009 Air Duren (Mendo Barat)");

		byte[] exact = xlsx(List.of(List.of("Desa/Kelurahan", "Tahun", "Jumlah"), List.of("Kel. Bacang", "2024", "5")));
		MockHttpServletResponse r = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "desa.xlsx", "application/octet-stream", exact))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse();
		assertThat(r.getRedirectedUrl()).as(r.getContentAsString()).contains("/rilis/");
		Map<String, Object> row = jdbc.queryForMap("SELECT r.storage_key, r.jumlah_baris FROM rilis r JOIN dataset d "
				+ "ON d.id = r.dataset_id WHERE d.slug = ?", slug);
		TableRef table = new TableRef((String) row.get("storage_key"), List.of(
				ColumnSpec.of("kode_wilayah", "Kode Wilayah", ColumnType.KODE),
				ColumnSpec.of("tahun", "Tahun", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT)), ((Number) row.get("jumlah_baris")).longValue());
		assertThat(datastore.search(table, Query.all(10)).records()).extracting(x -> x.get("kode_wilayah"))
			.containsExactly("19.71.01.1006");
	}

	/** A dataset of the provincial Disdukcapil (coverage: the province, 19) whose rows are keyed by region code. */
	private long dataset(String slug) throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		journey.datasetDisdukcapil(slug, "Penduduk per Desa Uji " + slug,
				"Jumlah penduduk menurut desa/kelurahan, dataset uji pencocokan nama ke kode.", "DESA_KELURAHAN", "19");
		mvc.perform(post("/kelola/dataset/" + slug + "/skema").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kode_wilayah").param("kolom[0].label", "Kode Wilayah").param("kolom[0].tipe", "KODE")
			.param("kolom[0].kodeReferensi", "wilayah").param("kolom[0].wajib", "true").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "tahun").param("kolom[1].label", "Tahun").param("kolom[1].tipe", "BILANGAN_BULAT")
			.param("kolom[1].wajib", "true").param("kolom[1].kunci", "true")
			.param("kolom[2].nama", "jumlah").param("kolom[2].label", "Jumlah").param("kolom[2].tipe", "BILANGAN_BULAT")
			.param("kolom[2].satuan", "jiwa").param("kolom[2].wajib", "true").param("kolom[2].nilaiMin", "0"));
		return journey.idDataset(slug);
	}

	private JsonNode unggah(Pengumpulan journey, long id, byte[] xlsx) throws Exception {
		long version = journey.versi(id, Demo.PRODUSEN);
		MockHttpServletResponse r = mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + id + "/unggah")
			.file(new MockMultipartFile("berkas", "penduduk-desa.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.param("version", String.valueOf(version)).with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.header("Accept", "application/json")).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
		return journey.tunggu(json.readTree(r.getContentAsString()).path("status").asString());
	}

	private static byte[] xlsx(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Data");
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				for (int j = 0; j < rows.get(i).size(); j++) {
					String v = rows.get(i).get(j);
					if (i > 0 && v.matches("\\d+")) {
						row.createCell(j).setCellValue(Double.parseDouble(v));
					}
					else {
						row.createCell(j).setCellValue(v);
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
