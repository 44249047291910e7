package id.satudata.layanan.tiket;

import static id.satudata.layanan.LayananUji.dari;
import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every card of the back-office home page leads to a page its user may open: with a report on a
 * dataset waiting (the only kind of ticket the Walidata and the producer handle), the Walidata and
 * the producer see cards, and every one of their links answers 200 (the ticket cards once also
 * linked the service desk's inbox, which answers 403 to them).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KartuBerandaIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@BeforeAll
	void setUp() throws Exception {
		CkanApi api = new CkanApi(mvc, json);
		String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		String slug = "kartu-" + run;
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", slug);
		d.put("title", "Angka Kartu Beranda " + run);
		d.put("notes", "Uji kartu beranda");
		d.put("owner_org", "dinkes-19");
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBUKA"), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "jenis_data", "value", "STATISTIK")));
		String walidata = CkanApi.token(Demo.WALIDATA);
		api.createDataset(walidata, d);
		api.uploadRelease(walidata, slug, "nama_kecamatan,tahun,jumlah\nBukit Intan,2023,1200\n", "2023", true);
		MvcResult r = mvc.perform(post("/dataset/" + slug + "/laporkan").with(csrf()).with(dari(ipAcak()))
			.param("masalah", "NILAI_SALAH").param("uraian", "Angka Bukit Intan tampak terlalu besar.")
			.param("nama", "Rina Pelapor").param("surel", "rina.kartu@contoh.id").param("situs", "")).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/layanan/terkirim");
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WALIDATA, Demo.PRODUSEN_DINKES })
	void everyCardOfTheWalidataAndTheProducerOpens(String user) throws Exception {
		List<String> tautan = tautanKartu(user);
		assertThat(tautan).as("cards of " + user).isNotEmpty();
		for (String t : tautan) {
			mvc.perform(get(t).with(accounts.as(user))).andExpect(status().isOk());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.PRODUSEN, Demo.PENDUKUNG, Demo.PEMBINA, Demo.KOORDINATOR, Demo.PPID, Demo.KADIS,
			Demo.PETUGAS, Demo.WALIDATA_PANGKALPINANG, Demo.ADMIN })
	void everyCardOfOtherRolesOpensToo(String user) throws Exception {
		for (String t : tautanKartu(user)) {
			mvc.perform(get(t).with(accounts.as(user))).andExpect(status().isOk());
		}
	}

	List<String> tautanKartu(String user) throws Exception {
		Document beranda = Jsoup.parse(mvc.perform(get("/kelola").with(accounts.as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		return beranda.select("a.sd-stat").eachAttr("href");
	}

}
