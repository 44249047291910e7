package id.satudata.katalog.dataset;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The Walidata's list of datasets ({@code /kelola/dataset}) is filtered and paged by the database:
 * only the datasets of the organizations they manage, those whose title or slug contains the words
 * searched for (case does not matter, {@code %} and {@code _} are plain characters).
 */
@IntegrationTest
class DatasetListIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	String token;

	@BeforeEach
	void twoDatasets() throws Exception {
		token = "daftar" + System.nanoTime() % 10_000_000;
		create(token + "-a", "Angka Uji " + token.toUpperCase() + " Pertama");
		create(token + "-b", "Angka Uji Kedua");
	}

	void create(String slug, String judul) throws Exception {
		long org = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long produsen = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).get(0).id();
		mvc.perform(post("/kelola/dataset/baru").with(csrf()).with(accounts.as(Demo.WALIDATA)).param("slug", slug)
			.param("judul", judul).param("produsenUnitId", String.valueOf(produsen)).param("jenisData", "STATISTIK")
			.param("tingkatPenyajian", "KABUPATEN_KOTA").param("frekuensi", "TAHUNAN").param("akses", "TERBUKA")
			.param("lisensi", "CC-BY-4.0"))
			.andExpect(redirectedUrl("/kelola/dataset/" + slug));
	}

	@Test
	void searchesTitleAndSlugWithoutCase() throws Exception {
		mvc.perform(get("/kelola/dataset").param("q", token).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(token + "-a"), containsString(token + "-b"))));
		mvc.perform(get("/kelola/dataset").param("q", " " + token.toUpperCase() + " pertama ")
			.with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(allOf(containsString(token + "-a"), not(containsString(token + "-b")))));
	}

	@Test
	void wildcardsAreCharacters() throws Exception {
		mvc.perform(get("/kelola/dataset").param("q", token + "%").with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(not(containsString(token + "-a"))));
		mvc.perform(get("/kelola/dataset").param("q", token + "_a").with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(not(containsString(token + "-a"))));
	}

	@Test
	void onlyTheOrganizationsManaged() throws Exception {
		mvc.perform(get("/kelola/dataset").param("q", token).with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(token + "-a")), not(containsString(token + "-b")))));
		mvc.perform(get("/kelola/dataset").param("q", token).with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString(token + "-a")));
	}

	@Test
	void pagesBeyondTheLastAreEmpty() throws Exception {
		mvc.perform(get("/kelola/dataset").param("q", token).param("page", "1").with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(token + "-a"))));
	}

}
