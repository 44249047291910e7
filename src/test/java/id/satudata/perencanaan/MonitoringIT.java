package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring dashboard: per OPD and the kabupaten/kota side by side, charts' data, drill-down,
 * XLSX and PDF exports, who may see it; and the public summary (open data only).
 */
@IntegrationTest
class MonitoringIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	JsonMapper json;

	RencanaUji uji;

	@BeforeEach
	void setUp() {
		uji = new RencanaUji(mvc, accounts, organisasi);
	}

	@Test
	void theDashboardShowsEachOpdAndTheKabupatenKotaSideBySideAndExports() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long dinkes = uji.disetujui(d, Demo.PRODUSEN_DINKES, uji.entri("Jumlah Puskesmas " + u, uji.unit("Dinkes"), "TRIWULANAN"),
				true);
		uji.disetujui(d, Demo.PRODUSEN_DINKES, uji.entri("Data Kesehatan Jiwa " + u, uji.unit("Dinkes"), "TAHUNAN",
				"akses", "TERTUTUP"), false);
		String base = "/kelola/monitoring?tahun=" + d.tahun() + "&organisasi=" + uji.provinsi();
		Document page = Jsoup.parse(uji.html(Demo.KOORDINATOR, base));
		String opd = page.select("#tabel-monitoring-opd").text();
		assertThat(opd).contains("Dinas Kesehatan");
		// Dinkes: 2 approved entries, 4 + 1 releases planned
		String row = page.select("#tabel-monitoring-opd tbody tr").stream().filter(tr -> tr.text().startsWith("Dinas Kesehatan"))
			.findFirst().orElseThrow().text();
		assertThat(row).startsWith("Dinas Kesehatan 2 5 0 0 0 0 0");
		// the province sees its seven kabupaten/kota beside it
		assertThat(page.select("#tabel-monitoring-wilayah tbody tr")).hasSize(8);
		assertThat(page.select("#tabel-monitoring-wilayah").text()).contains("Kota Pangkal Pinang").contains("Kabupaten Bangka");
		assertThat(page.select("#grafik-monitoring").attr("data-url")).contains("/kelola/monitoring/grafik.json");

		JsonNode chart = json.readTree(mvc.perform(get("/kelola/monitoring/grafik.json?tahun=" + d.tahun() + "&organisasi="
				+ uji.provinsi()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> names = new ArrayList<>();
		chart.path("opd").path("nama").forEach(n -> names.add(n.asString()));
		int i = names.indexOf("Dinas Kesehatan");
		assertThat(i).isNotNegative();
		assertThat(chart.path("opd").path("seri").get(0).path("data").get(i).asInt()).isEqualTo(5);
		assertThat(chart.path("opd").path("tautan").get(i).asString()).startsWith("/kelola/monitoring/opd/");
		assertThat(chart.path("wilayah").path("nama").size()).isEqualTo(8);

		// drill-down to the OPD's releases
		Document drill = Jsoup.parse(uji.html(Demo.WALIDATA, chart.path("opd").path("tautan").get(i).asString()));
		assertThat(drill.select("#tabel-rilis-opd").text()).contains("Jumlah Puskesmas " + u).contains(d.tahun() + "-T1");

		byte[] xlsx = mvc.perform(get("/kelola/monitoring/ekspor.xlsx?tahun=" + d.tahun() + "&organisasi=" + uji.provinsi())
			.with(accounts.as(Demo.KADIS))).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Per OPD");
			assertThat(wb.getNumberOfSheets()).isEqualTo(3);
			List<String> titles = new ArrayList<>();
			wb.getSheetAt(2).forEach(r -> titles.add(r.getCell(0).getStringCellValue()));
			assertThat(titles).contains("Jumlah Puskesmas " + u, "Data Kesehatan Jiwa " + u);
		}
		try (PDDocument pdf = Loader.loadPDF(mvc.perform(get("/kelola/monitoring/ekspor.pdf?tahun=" + d.tahun()
				+ "&organisasi=" + uji.provinsi()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("LAPORAN MONITORING SATU DATA").contains("Dinas Kesehatan").contains("Kota Pangkal Pinang");
		}

		// the dashboard is for the Walidata, Bappeda and leadership; a city's Walidata sees only the city
		assertThat(mvc.perform(get(base).with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(base).with(accounts.as(Demo.WALIDATA_PANGKALPINANG))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(uji.html(Demo.WALIDATA_PANGKALPINANG, "/kelola/monitoring")).contains("Kota Pangkal Pinang");

		// the public summary counts open entries only and names no entry
		Document publik = Jsoup.parse(uji.html(null, "/monitoring?tahun=" + d.tahun() + "&organisasi=" + uji.provinsi()));
		String publicRow = publik.select("#tabel-publik-opd tbody tr").stream()
			.filter(tr -> tr.text().startsWith("Dinas Kesehatan")).findFirst().orElseThrow().text();
		assertThat(publicRow).startsWith("Dinas Kesehatan 1 4 ");
		assertThat(publik.text()).doesNotContain("Data Kesehatan Jiwa " + u).doesNotContain("Jumlah Puskesmas " + u);
		assertThat(publik.select("#tabel-publik-wilayah tbody tr")).hasSize(8);
		assertThat(json.readTree(mvc.perform(get("/monitoring/grafik.json?tahun=" + d.tahun() + "&organisasi=" + uji.provinsi()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("opd").path("tautan").get(0).isNull())
			.isTrue();
		assertThat(mvc.perform(get("/monitoring?organisasi=999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(dinkes).isPositive();
	}

}
