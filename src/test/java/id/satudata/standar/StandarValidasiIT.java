package id.satudata.standar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Standards drive validation: dataset columns that follow SDS variables get the variables' value
 * domain (the Klasifikasi "Jenis Kelamin" as its published Kode Referensi list, the region list),
 * range and unit on upload, without the Walidata writing those rules; the dataset page shows the
 * standard's concept and definition.
 */
@IntegrationTest
class StandarValidasiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisasiDirectory organisasi;

	String dataset() throws Exception {
		long org = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long produsen = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).get(0).id();
		String slug = "uji-sds-" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/kelola/dataset/baru").with(csrf()).with(accounts.as(Demo.WALIDATA)).param("slug", slug)
			.param("judul", "Uji Standar " + slug).param("produsenUnitId", String.valueOf(produsen))
			.param("jenisData", "STATISTIK").param("tingkatPenyajian", "KABUPATEN_KOTA").param("frekuensi", "TAHUNAN")
			.param("akses", "TERBUKA").param("lisensi", "CC-BY-4.0")).andExpect(redirectedUrl("/kelola/dataset/" + slug));
		return slug;
	}

	@Test
	void columnsThatFollowStandardVariablesGetTheirRulesOnUpload() throws Exception {
		String slug = dataset();
		// an unknown variable is refused
		Document refused = Jsoup.parse(mvc.perform(post("/kelola/dataset/{s}/skema", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "jumlah").param("kolom[0].tipe", "BILANGAN_BULAT").param("kolom[0].kodeVariabel", "VAR-99999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.text()).contains("VAR-99999");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dataset_kolom k JOIN dataset d ON d.id = k.dataset_id WHERE d.slug = ?",
				Integer.class, slug)).isZero();

		// the Walidata writes no code list and no range: the standards bring them
		mvc.perform(post("/kelola/dataset/{s}/skema", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kode_wilayah").param("kolom[0].label", "Kode Wilayah").param("kolom[0].tipe", "KODE")
			.param("kolom[0].kodeVariabel", "var-00005").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "jenis_kelamin").param("kolom[1].label", "Jenis Kelamin").param("kolom[1].tipe", "KODE")
			.param("kolom[1].kodeVariabel", "VAR-00004").param("kolom[1].kunci", "true")
			.param("kolom[2].nama", "jumlah").param("kolom[2].label", "Jumlah Penduduk").param("kolom[2].tipe", "BILANGAN_BULAT")
			.param("kolom[2].kodeVariabel", "VAR-00001"))
			.andExpect(redirectedUrl("/kelola/dataset/" + slug));
		Document schema = Jsoup.parse(mvc.perform(get("/kelola/dataset/{s}/skema", slug).with(accounts.as(Demo.WALIDATA)))
			.andReturn().getResponse().getContentAsString());
		assertThat(schema.select("#kolom2\\.kodeVariabel").attr("value")).isEqualTo("VAR-00001");

		String bad = "kode_wilayah,jenis_kelamin,jumlah\n19.71,1,1000\n19.71,3,900\n99.99,2,-5\n";
		Document report = Jsoup.parse(mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "penduduk.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2025").with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		String errors = report.select("#tabel-galat-unggah").text() + " " + report.select("#ringkasan-galat").text();
		assertThat(errors).contains("sds-kls-00001").contains("wilayah").contains("-5");
		assertThat(releases(slug)).isZero();

		String good = "kode_wilayah,jenis_kelamin,jumlah\n19.71,1,1000\n19.71,2,900\n";
		MvcResult ok = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "penduduk.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2025").with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(releases(slug)).isOne();
		// the release keeps the rules it was checked against
		String stored = jdbc.queryForObject("SELECT r.skema_json FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				String.class, slug);
		assertThat(stored).contains("\"codeList\":\"sds-kls-00001\"").contains("\"codeList\":\"wilayah\"").contains("\"unit\":\"jiwa\"");

		// published, the dataset page shows each standard with its concept and definition
		String url = ok.getResponse().getRedirectedUrl();
		mvc.perform(post(url + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		Document page = Jsoup.parse(mvc.perform(get("/dataset/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String skema = page.select("#skema").text();
		assertThat(skema).contains("VAR-00001 Jumlah Penduduk").contains("Banyaknya penduduk yang tercatat")
			.contains("Konsep: Penduduk").contains("VAR-00004 Jenis Kelamin");
	}

	int releases(String slug) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Integer.class, slug);
	}

}
