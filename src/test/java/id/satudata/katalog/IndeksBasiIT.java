package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.dataset.Dataset;
import id.satudata.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An index that lags behind the database never shows restricted data: a dataset is made TERTUTUP
 * behind the application's back (so its index entry still says TERBUKA, as on a node whose index has
 * not caught up yet), and neither the public search, its total and facets, nor the portal's search
 * page show it, while the index provably still holds it as open. On the embedded Lucene index here,
 * on OpenSearch with outbox polling in {@link IndeksBasiOpenSearchIT}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndeksBasiIT {

	static final String TOKEN = "sd_demo_walidata";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	String word = "basi" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
	String hidden = "tertutup-" + word;
	String open = "terbuka-" + word;

	@BeforeAll
	void publishTwoDatasetsThenCloseOneBehindTheIndexsBack() throws Exception {
		// "a" before "t": sorted by name, the stale one comes first
		hidden = "a-" + hidden;
		create(hidden, "Rahasia Tambang Timah " + word);
		create(open, "Produksi Lada Putih " + word);
		awaitIndexed();
		assertThat(names("fq=tags:" + word)).containsExactlyInAnyOrder(hidden, open);
		int changed = jdbc.update("UPDATE dataset SET akses = 'TERTUTUP' WHERE slug = ?", hidden);
		assertThat(changed).isEqualTo(1);
	}

	/** Waits until the index holds every change made so far (nothing to wait for on Lucene: indexing is synchronous). */
	void awaitIndexed() {
	}

	void create(String name, String title) throws Exception {
		mvc.perform(post("/api/3/action/package_create").header("Authorization", TOKEN)
			.contentType("application/json").content(json.writeValueAsString(Map.of("name", name, "title", title,
					"notes", "Uraian " + title, "owner_org", "dinkes-19", "tags", List.of(Map.of("name", word))))))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/3/action/resource_create").file(new MockMultipartFile("upload", "data.csv", "text/csv",
				"kode_wilayah,jumlah\n19.01,10\n".getBytes(StandardCharsets.UTF_8))).param("package_id", name)
			.param("periode", "2024").param("terbitkan", "true").header("Authorization", TOKEN))
			.andExpect(status().isOk());
	}

	JsonNode search(String query) throws Exception {
		String body = mvc.perform(get(java.net.URI.create("/api/3/action/package_search?" + query))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body).path("result");
	}

	List<String> names(String query) throws Exception {
		return AccessLeakIT.names(search(query).path("results"));
	}

	@Test
	void theIndexStillHoldsTheClosedDatasetAsOpen() {
		Long stale = transaction.execute(s -> Search.session(entityManager).search(Dataset.class)
			.where(f -> f.bool().must(f.match().field("slug").matching(hidden))
				.must(f.match().field("akses").matching(Akses.TERBUKA)))
			.fetchTotalHitCount());
		assertThat(stale).as("the test needs a stale index entry").isEqualTo(1);
	}

	@Test
	void thePublicSearchNeitherListsNorCountsIt() throws Exception {
		JsonNode byWord = search("q=" + word);
		assertThat(AccessLeakIT.names(byWord.path("results"))).containsExactly(open);
		assertThat(byWord.path("count").asLong()).isEqualTo(1);
		assertThat(byWord.toString()).doesNotContain("Rahasia");
		// one per page, the stale one first by name: the page is filled with the open one and the total is right
		JsonNode page = search("fq=tags:" + word + "&sort=name%20asc&rows=1&facet.field=%5B%22organization%22%5D");
		assertThat(AccessLeakIT.names(page.path("results"))).containsExactly(open);
		assertThat(page.path("count").asLong()).isEqualTo(1);
		assertThat(page.path("facets").path("organization").path("dinkes-19").asLong()).isEqualTo(1);
		assertThat(names("q=rahasia%20tambang%20" + word + "&include_private=true")).isEmpty();
	}

	@Test
	void thePortalSearchPageDoesNotShowIt() throws Exception {
		mvc.perform(get("/dataset").param("q", word).param("urut", "NAMA")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Produksi Lada Putih " + word)))
			.andExpect(content().string(not(containsString("Rahasia Tambang Timah"))));
	}

	@Test
	void theWalidataOfTheProducerStillFindsIt() throws Exception {
		String body = mvc.perform(get("/api/3/action/package_search").param("q", word).param("include_private", "true")
			.header("Authorization", TOKEN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(hidden, open);
	}

	@AfterAll
	void indexTheClosedDatasetAsItIs() {
		transaction.executeWithoutResult(s -> {
			Dataset d = entityManager.createQuery("select d from Dataset d where d.slug = :slug", Dataset.class)
				.setParameter("slug", hidden).getSingleResult();
			Search.session(entityManager).indexingPlan().addOrUpdate(d);
		});
		awaitIndexed();
	}

}
