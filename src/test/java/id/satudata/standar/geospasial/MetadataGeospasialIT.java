package id.satudata.standar.geospasial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Geospatial metadata of a dataset over HTTP: the bounding box typed and checked, the map on the
 * page, final, exported as ISO 19139 that validates against its schema, publicly without the
 * contact person.
 */
@IntegrationTest
class MetadataGeospasialIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder blok(long id, String blok, Map<String, String> p) {
		MockHttpServletRequestBuilder r = post("/kelola/metadata/" + id + "/blok/" + blok).with(csrf()).with(accounts.as(Demo.WALIDATA));
		p.forEach(r::param);
		return r;
	}

	@Test
	void aDatasetsGeospatialMetadataIsFilledOnTheMapAndExportedAsValidIso19139() throws Exception {
		long dataset = jdbc.queryForObject("SELECT id FROM dataset WHERE slug = 'luas-wilayah-kabupaten-kota-babel'", Long.class);
		MvcResult r = mvc.perform(post("/kelola/metadata/pemilik/DATASET/" + dataset).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("formulir", "METADATA_GEOSPASIAL").param("tahun", "2025").param("judul", "Luas Wilayah Kabupaten/Kota Bangka Belitung"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String url = r.getResponse().getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

		Document page = Jsoup.parse(mvc.perform(get("/kelola/metadata/" + id + "/blok/CAKUPAN").with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-peta-kotak]")).hasSize(1);
		assertThat(page.select("script[src*=leaflet]")).hasSize(1);
		assertThat(page.select("link[href*=leaflet.css]")).hasSize(1);
		mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());

		// a box the wrong way round is refused and nothing is saved
		Document refused = Jsoup.parse(mvc.perform(blok(id, "CAKUPAN", Map.of("f.kotakBatas.barat", "108.9", "f.kotakBatas.timur", "105.1",
				"f.kotakBatas.selatan", "-3.4", "f.kotakBatas.utara", "-1.5"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(refused.text()).contains("Batas barat harus lebih kecil dari timur");
		assertThat(jdbc.queryForObject("SELECT isi_json FROM metadata_statistik WHERE id = ?", String.class, id)).doesNotContain("kotakBatas");

		mvc.perform(blok(id, "IDENTIFIKASI", Map.of("f.judul", "Luas Wilayah Kabupaten/Kota Bangka Belitung", "f.tahun", "2025",
				"f.abstrak", "Luas daratan setiap kabupaten/kota.", "f.tujuan", "Acuan luas wilayah.", "f.kategoriTopik", "boundaries",
				"f.kataKunci", "luas wilayah, kabupaten, kota", "f.tanggalPembuatan", "2024-12-01", "f.bahasa", "ind")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(blok(id, "CAKUPAN", Map.of("f.kotakBatas.barat", "105,1", "f.kotakBatas.timur", "108.9", "f.kotakBatas.selatan", "-3.4",
				"f.kotakBatas.utara", "-1.5", "f.sistemReferensi", "EPSG_4326", "f.jenisResolusi", "SKALA", "f.nilaiResolusi", "50000")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(blok(id, "KUALITAS", Map.of("f.silsilah", "Penghitungan Badan Informasi Geospasial, Desember 2024.")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(blok(id, "DISTRIBUSI", Map.of("f.organisasiPihak", "Badan Informasi Geospasial", "f.peranPihak", "originator",
				"f.emailPihak", "info@contoh.go.id", "f.namaKontak", "Nama Petugas", "f.formatDistribusi", "GEOJSON",
				"f.batasanAkses", "license", "f.keteranganAkses", "CC-BY-4.0")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/metadata/" + id + "/final").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		assertThat(jdbc.queryForObject("SELECT status FROM metadata_statistik WHERE id = ?", String.class, id)).isEqualTo("FINAL");

		byte[] xml = mvc.perform(get("/kelola/metadata/" + id + "/iso19139.xml").with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		Iso19139Test.iso19139Schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<gco:Decimal>105.1</gco:Decimal>").contains("Nama Petugas");
		byte[] publik = mvc.perform(get("/api/v1/metadata-statistik/" + id + "/iso19139.xml")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		Iso19139Test.iso19139Schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(publik)));
		assertThat(new String(publik, StandardCharsets.UTF_8)).doesNotContain("Nama Petugas");
		// an activity form has no ISO 19139 export
		long keg = jdbc.queryForObject("SELECT MIN(id) FROM metadata_statistik WHERE jenis = 'MS_KEGIATAN'", Long.class);
		mvc.perform(get("/kelola/metadata/" + keg + "/iso19139.xml").with(accounts.as(Demo.WALIDATA))).andExpect(status().isNotFound());
		// the public dataset page shows the box
		Document portal = Jsoup.parse(mvc.perform(get("/dataset/luas-wilayah-kabupaten-kota-babel")).andReturn().getResponse()
			.getContentAsString());
		assertThat(portal.select("#metadata-statistik").text()).contains("Barat 105.1, Timur 108.9, Selatan -3.4, Utara -1.5")
			.doesNotContain("Nama Petugas");
	}

}
