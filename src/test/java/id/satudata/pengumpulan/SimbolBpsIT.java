package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import id.satudata.datastore.ValueSymbol;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BPS value symbols in an upload, through the producer's path (a submission checked in the
 * background) and the Walidata's (a release uploaded on the dataset page) alike: "-" is stored as
 * 0, "…" and "x" empty, "171245e" as its number; the column's unit typed in a cell is stripped;
 * each report counts the symbols per column; the public page shows the legend and marks the
 * flagged cells; another unit is an error that names the column's.
 */
@IntegrationTest
class SimbolBpsIT {

	/** One row per symbol; the sums still hold where all three numbers are written. */
	static final String DENGAN_SIMBOL = Pengumpulan.HEADER + """
			19.01,2024,171245 jiwa,165009,336254
			19.02,2024,-,-,-
			19.03,2024,106517e,100208,206725*
			19.04,2024,x,x,x
			19.05,2024,…,...,…
			19.06,2024,69041,66217,135258
			19.71,2024,115001,113472,228473
			""";

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
	void theProducersUploadStoresTheSymbolsValuesAndItsReportCountsThem() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "simbol-uji-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2024");
		JsonNode status = journey.unggah(id, DENGAN_SIMBOL);
		assertThat(status.toString()).doesNotContain("galat\":\"");

		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).doesNotContain("galat");
		List<String> counted = page.select("#ringkasan-simbol li").eachText();
		assertThat(counted).containsExactly(
				"laki_laki: 1 nihil, 1 data tidak tersedia, 1 dirahasiakan, 1 angka sementara/perkiraan",
				"perempuan: 1 nihil, 1 data tidak tersedia, 1 dirahasiakan",
				"jumlah: 1 nihil, 1 data tidak tersedia, 1 dirahasiakan, 1 angka sementara/perkiraan");

		String rilis = jdbc.queryForObject("SELECT r.uuid FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				String.class, slug);
		assertStoredValues(rilis);
		// the reviewers see the same counts
		Document review = journey.page(get("/kelola/pemeriksaan/" + id), Demo.WALIDATA);
		assertThat(review.select("#ringkasan-simbol li").eachText()).isEqualTo(counted);
	}

	@Test
	void theWalidatasUploadCountsThemAndThePublicPageShowsTheLegend() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "simbol-walidata-" + UUID.randomUUID().toString().substring(0, 8);
		journey.datasetPenduduk(slug);
		MockHttpServletResponse r = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2024.csv", "text/csv", DENGAN_SIMBOL.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse();
		String releasePage = r.getRedirectedUrl();
		assertThat(releasePage).as(r.getContentAsString()).contains("/rilis/");
		Object info = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2024.csv", "text/csv", DENGAN_SIMBOL.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getFlashMap().get("info");
		assertThat(info).asString().contains("Simbol BPS yang terbaca: Laki-laki: 1 nihil, 1 data tidak tersedia, "
				+ "1 dirahasiakan, 1 angka sementara/perkiraan; Perempuan: 1 nihil, 1 data tidak tersedia, 1 dirahasiakan; "
				+ "Jumlah: 1 nihil");
		String rilis = releasePage.substring(releasePage.lastIndexOf('/') + 1);
		assertStoredValues(rilis);

		mvc.perform(post(releasePage + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		Document pub = Jsoup.parse(mvc.perform(get("/dataset/{s}", slug).param("rilis", rilis)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String legend = pub.select("#legenda-simbol").text();
		assertThat(legend).contains("- nihil (disimpan 0)").contains("… data tidak tersedia").contains("x dirahasiakan")
			.contains("e angka sementara/perkiraan").contains("Laki-laki: 1 nihil, 1 data tidak tersedia, 1 dirahasiakan");
		// the flagged cells carry their sign: 19.03's laki-laki and jumlah are provisional, 19.04's are confidential
		assertThat(pub.select("#tabel-rilis tr").stream().filter(tr -> tr.text().startsWith("19.03")).findFirst()
			.orElseThrow().select("sup.sd-simbol").eachText()).containsExactly("e", "e");
		assertThat(pub.select("#tabel-rilis tr").stream().filter(tr -> tr.text().startsWith("19.04")).findFirst()
			.orElseThrow().select("sup.sd-simbol").eachText()).containsExactly("x", "x", "x");
	}

	@Test
	void anotherUnitInANumberCellIsAnErrorThatNamesTheColumnsUnit() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "simbol-satuan-" + UUID.randomUUID().toString().substring(0, 8);
		journey.datasetPenduduk(slug);
		String csv = Pengumpulan.BENAR.replace("171245,", "171245 orang,");
		String html = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2024.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document report = Jsoup.parse(html);
		assertThat(report.select("#tabel-galat-unggah tbody tr").eachText()).containsExactly("2 laki_laki 171245 orang "
				+ "Nilai kolom Laki-laki ditulis bersama teks yang bukan satuan kolom ini (jiwa). Tulis angkanya saja "
				+ "(misalnya 18.400) atau dengan satuan jiwa (18.400 jiwa).");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Integer.class, slug)).isZero();
	}

	/** 19.01 unit stripped, 19.02 nihil 0, 19.03 provisional kept, 19.04 and 19.05 empty; the flags kept with the table. */
	private void assertStoredValues(String rilisUuid) {
		Map<String, Object> row = jdbc.queryForMap("SELECT storage_key, jumlah_baris FROM rilis WHERE uuid = ?", rilisUuid);
		List<ColumnSpec> columns = List.of(ColumnSpec.of("kode_wilayah", "Kode Wilayah", ColumnType.KODE),
				ColumnSpec.of("tahun", "Tahun", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT));
		TableRef table = new TableRef((String) row.get("storage_key"), columns, ((Number) row.get("jumlah_baris")).longValue());
		Map<String, List<Object>> values = new HashMap<>();
		for (Map<String, Object> r : datastore.search(table, Query.all(100)).records()) {
			List<Object> v = new ArrayList<>();
			v.add(r.get("laki_laki"));
			v.add(r.get("perempuan"));
			v.add(r.get("jumlah"));
			values.put((String) r.get("kode_wilayah"), v);
		}
		assertThat(values.get("19.01")).containsExactly(171245L, 165009L, 336254L);
		assertThat(values.get("19.02")).containsExactly(0L, 0L, 0L);
		assertThat(values.get("19.03")).containsExactly(106517L, 100208L, 206725L);
		assertThat(values.get("19.04")).containsExactly(null, null, null);
		assertThat(values.get("19.05")).containsExactly(null, null, null);
		var symbols = datastore.symbols(table);
		assertThat(symbols.flag(3, "laki_laki")).contains(ValueSymbol.SEMENTARA);
		assertThat(symbols.flag(3, "jumlah")).contains(ValueSymbol.SEMENTARA);
		assertThat(symbols.flag(4, "perempuan")).contains(ValueSymbol.DIRAHASIAKAN);
		assertThat(symbols.flag(2, "laki_laki")).isEmpty();
	}

}
