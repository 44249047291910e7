package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog search as a citizen uses it: Indonesian stemming ("pendidikan" finds "peserta didik" and
 * back), facets counted over the results, sort and paging, on the portal and through package_search.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchIT {

	static final String TOKEN = "sd_demo_walidata";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	String suffix = String.valueOf(System.nanoTime() % 1_000_000);

	@BeforeAll
	void publishThreeDatasets() throws Exception {
		create("sekolah-" + suffix, "Jumlah Sekolah dan Peserta Didik Jenjang SD " + suffix, "pendidikan", "dinkes-19");
		create("anggaran-" + suffix, "Anggaran Pendidikan Daerah " + suffix, "keuangan-daerah", "disdukcapil-19");
		create("puskesmas-" + suffix, "Jumlah Puskesmas menurut Kecamatan " + suffix, "kesehatan", "dinkes-19");
	}

	void create(String name, String title, String topic, String org) throws Exception {
		mvc.perform(post("/api/3/action/package_create").header("Authorization", TOKEN)
			.contentType("application/json").content(json.writeValueAsString(Map.of("name", name, "title", title,
					"owner_org", org, "groups", List.of(Map.of("name", topic)), "tags", List.of(Map.of("name", "uji" + suffix))))))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/3/action/resource_create").file(new MockMultipartFile("upload", "data.csv", "text/csv",
				"kode_wilayah,jumlah\n19.01,10\n19.71,20\n".getBytes(StandardCharsets.UTF_8))).param("package_id", name)
			.param("periode", "2024").param("terbitkan", "true").header("Authorization", TOKEN))
			.andExpect(status().isOk());
	}

	@SuppressWarnings("unchecked")
	List<String> names(String query) throws Exception {
		String body = mvc.perform(get(java.net.URI.create("/api/3/action/package_search?" + query))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Map<String, Object> result = (Map<String, Object>) json.readValue(body, Map.class).get("result");
		return ((List<Map<String, Object>>) result.get("results")).stream().map(p -> (String) p.get("name")).toList();
	}

	@Test
	void indonesianStemmingMatchesWordsOfOneRoot() throws Exception {
		// "pendidikan" and "didik" share the root didik
		assertThat(names("q=pendidikan&fq=tags:uji" + suffix)).containsExactlyInAnyOrder("sekolah-" + suffix,
				"anggaran-" + suffix);
		assertThat(names("q=didik&fq=tags:uji" + suffix)).containsExactlyInAnyOrder("sekolah-" + suffix,
				"anggaran-" + suffix);
		assertThat(names("q=kesehatan%20puskesmas&fq=tags:uji" + suffix)).containsExactly("puskesmas-" + suffix);
		assertThat(names("q=sekolah&fq=tags:uji" + suffix)).containsExactly("sekolah-" + suffix);
	}

	@Test
	void facetsFilterSortAndPage() throws Exception {
		assertThat(names("fq=tags:uji" + suffix + "%20organization:dinkes-19&sort=name%20asc"))
			.containsExactly("puskesmas-" + suffix, "sekolah-" + suffix);
		assertThat(names("fq=tags:uji" + suffix + "&sort=title_string%20asc&rows=1&start=1"))
			.containsExactly("puskesmas-" + suffix);
		assertThat(names("fq=tags:uji" + suffix + "%20groups:(kesehatan%20OR%20keuangan-daerah)"))
			.containsExactlyInAnyOrder("puskesmas-" + suffix, "anggaran-" + suffix);
		mvc.perform(get("/api/3/action/package_search").param("fq", "tags:uji" + suffix)
			.param("facet.field", "[\"organization\",\"groups\"]").param("rows", "0"))
			.andExpect(content().string(containsString("\"dinkes-19\":2")))
			.andExpect(content().string(containsString("\"disdukcapil-19\":1")))
			.andExpect(content().string(containsString("\"count\":3")));
	}

	@Test
	void thePortalSearchShowsTheSameResultsWithFacets() throws Exception {
		mvc.perform(get("/dataset").param("q", "pendidikan " + suffix)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Peserta Didik Jenjang SD " + suffix)))
			.andExpect(content().string(containsString("Anggaran Pendidikan Daerah " + suffix)))
			.andExpect(content().string(not(containsString("Puskesmas menurut Kecamatan " + suffix))))
			.andExpect(content().string(containsString("id=\"facet-organisasi\"")));
		// htmx asks for the results fragment only
		mvc.perform(get("/dataset").param("q", "didik " + suffix).param("organisasi", "dinkes-19")
			.header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Peserta Didik Jenjang SD " + suffix)))
			.andExpect(content().string(not(containsString("Anggaran Pendidikan Daerah " + suffix))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/dataset").param("urut", "ACAK")).andExpect(status().isBadRequest());
	}

}
