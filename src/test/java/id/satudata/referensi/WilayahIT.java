package id.satudata.referensi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.IntegrationTest;

/** The region list: loaded on first start, browsable, searchable, and as JSON. */
@IntegrationTest
class WilayahIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	KodeReferensiLookup lookup;

	@Test
	void theWholeKemendagriListIsLoaded() {
		assertThat(lookup.anak(KodeReferensiLookup.WILAYAH, null)).hasSize(38);
		assertThat(lookup.turunanPadaTingkat(KodeReferensiLookup.WILAYAH, "19", "kecamatan")).hasSize(47);
		assertThat(lookup.leluhur(KodeReferensiLookup.WILAYAH, "19.71.01.1004")).extracting(KodeView::kode)
			.containsExactly("19", "19.71", "19.71.01");
	}

	@Test
	void pangkalPinangWithItsSevenKecamatanAsJson() throws Exception {
		mvc.perform(get("/api/v1/kode-referensi/wilayah/19.71"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.kode").value("19.71"))
			.andExpect(jsonPath("$.nama").value("Kota Pangkal Pinang"))
			.andExpect(jsonPath("$.tingkat").value("kabupaten_kota"))
			.andExpect(jsonPath("$.induk.kode").value("19"))
			.andExpect(jsonPath("$.induk.nama").value("Kepulauan Bangka Belitung"))
			.andExpect(jsonPath("$.anak", hasSize(7)))
			.andExpect(jsonPath("$.anak[0].kode").value("19.71.01"))
			.andExpect(jsonPath("$.anak[0].nama").value("Bukit Intan"))
			.andExpect(jsonPath("$.anak[6].nama").value("Girimaya"))
			.andExpect(header().string("Cache-Control", containsString("max-age")));
	}

	@Test
	void searchByNameOrCodePrefix() throws Exception {
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("q", "pangkal pinang"))
			.andExpect(jsonPath("$.hasil[0].kode").value("19.71"));
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("q", "19.71.").param("tingkat", "kecamatan"))
			.andExpect(jsonPath("$.total").value(7));
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("q", "BELITUNG").param("tingkat", "kabupaten_kota"))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("induk", "19"))
			.andExpect(jsonPath("$.total").value(7));
	}

	@Test
	void badParametersAndUnknownCodesGetProblems() throws Exception {
		mvc.perform(get("/api/v1/kode-referensi/wilayah/99.99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Kode tidak ditemukan dalam daftar ini."));
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("limit", "5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Parameter limit harus antara 1 dan 1.000."));
		mvc.perform(get("/api/v1/kode-referensi/wilayah").param("limit", "banyak"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("limit")));
		mvc.perform(get("/api/v1/kode-referensi/tidak-ada/1")).andExpect(status().isNotFound());
	}

	@Test
	void pangkalPinangPageListsItsKecamatan() throws Exception {
		String html = mvc.perform(get("/kode-referensi/wilayah/19.71")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1 #nama-kode").text()).isEqualTo("Kota Pangkal Pinang");
		assertThat(page.select("#tabel-anak tbody tr")).hasSize(7);
		assertThat(page.select("#tabel-anak tbody tr td:nth-child(2)").eachText()).containsExactly("Bukit Intan",
				"Taman Sari", "Pangkal Balam", "Rangkui", "Gerunggang", "Gabek", "Girimaya");
		assertThat(page.select("#jejak-kode a").eachText()).contains("Kepulauan Bangka Belitung");
	}

	@Test
	void browsingAndSearchingPages() throws Exception {
		Document top = Jsoup.parse(mvc.perform(get("/kode-referensi/wilayah")).andReturn().getResponse().getContentAsString());
		assertThat(top.select("#tabel-kode tbody tr")).hasSize(38);
		Document found = Jsoup.parse(mvc.perform(get("/kode-referensi/wilayah").param("q", "gerunggang")).andReturn()
			.getResponse().getContentAsString());
		assertThat(found.select("#tabel-kode tbody tr td:nth-child(1)").eachText()).contains("19.71.05");
		// the live search asks for the results fragment only
		String fragment = mvc.perform(get("/kode-referensi/wilayah").param("q", "gerunggang").header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("19.71.05").doesNotContain("<nav class=\"navbar");
	}

	@Test
	void exportsAreStreamedWithTheVersionInTheName() throws Exception {
		mvc.perform(get("/kode-referensi/wilayah-bps-babel/unduh.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("kode-wilayah-bps-babel-v1.xlsx")));
	}

}
