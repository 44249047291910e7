package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The datastore keeps the public's view of a release's table (per dataset row version) and each
 * condition's total (per stored file). Both must follow every change at once: a withdrawn release or
 * a dataset made restricted is gone for the public on the very next query, even right after the
 * public read it; a new version of a period is counted on its own file; a total is that of its
 * condition, whatever the page or the order.
 */
@IntegrationTest
class PublicTableFollowsChangesIT {

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Bukit Intan,Perempuan,2023,130
			Gerunggang,Laki-laki,2023,90
			Gerunggang,Perempuan,2023,95
			Girimaya,Laki-laki,2023,60
			""";

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	CkanApi api;
	String slug;

	@BeforeEach
	void dataset() throws Exception {
		api = new CkanApi(mvc, json);
		slug = "tabel-publik-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		api.createDataset(WALIDATA, AccessLeakIT.dataset(slug, "Tabel Publik " + slug, "dinkes-19", "TERBUKA"));
	}

	@Test
	void aWithdrawnReleaseAndARestrictedDatasetAreGoneForThePublicAtOnce() throws Exception {
		String release = api.uploadRelease(WALIDATA, slug, CSV, "1997", true);
		// read by the public first, so its view is kept
		assertThat(total(null, release, Map.of())).isEqualTo(5);
		assertThat(sqlCount(null, release)).isEqualTo(5);

		withdrawOrPublish(release, "tarik");
		api.get("datastore_search", null, "resource_id", release).notFound();
		assertThat(api.sqlError(null, "SELECT count(*) AS n FROM \"" + release + "\"")).contains(release);
		assertThat(total(WALIDATA, release, Map.of())).as("the Walidata still reads it").isEqualTo(5);

		withdrawOrPublish(release, "terbitkan");
		assertThat(total(null, release, Map.of())).isEqualTo(5);
		assertThat(sqlCount(null, release)).isEqualTo(5);

		api.post("package_patch", WALIDATA, Map.of("id", slug, "private", true)).ok();
		api.get("datastore_search", null, "resource_id", release).notFound();
		assertThat(api.sqlError(null, "SELECT count(*) AS n FROM \"" + release + "\"")).contains(release);
		assertThat(total(CkanApi.token("koordinator"), release, Map.of())).as("TERBATAS: the province's roles")
			.isEqualTo(5);

		api.post("package_patch", WALIDATA,
				Map.of("id", slug, "extras", List.of(Map.of("key", "akses", "value", "TERBUKA")))).ok();
		assertThat(total(null, release, Map.of())).isEqualTo(5);
	}

	@Test
	void aTotalIsThatOfItsConditionOnItsOwnFileWhateverThePageOrOrder() throws Exception {
		String v1 = api.uploadRelease(WALIDATA, slug, CSV, "1998", true);
		Map<String, String> perempuan = Map.of("filters", "{\"kategori\":\"Perempuan\"}");
		Map<String, String> lakiLaki = Map.of("filters", "{\"kategori\":\"Laki-laki\"}");
		assertThat(total(null, v1, perempuan)).isEqualTo(2);
		// the same condition, other pages and orders: same total, their own rows
		JsonNode page2 = search(null, v1, Map.of("filters", "{\"kategori\":\"Perempuan\"}", "sort", "jumlah desc",
				"limit", "1", "offset", "1"));
		assertThat(page2.path("total").asLong()).isEqualTo(2);
		assertThat(page2.path("records").get(0).path("jumlah").asLong()).isEqualTo(95);
		assertThat(search(null, v1, Map.of("filters", "{\"kategori\":\"Perempuan\"}", "sort", "nama_kecamatan desc"))
			.path("records").get(0).path("nama_kecamatan").asString()).isEqualTo("Gerunggang");
		// other conditions have their own totals
		assertThat(total(null, v1, lakiLaki)).isEqualTo(3);
		assertThat(total(null, v1, Map.of("filters", "{\"kategori\":\"Laki-laki\"}", "ranges",
				"{\"jumlah\":{\"gte\":90}}"))).isEqualTo(2);
		assertThat(total(null, v1, Map.of("q", "giri"))).isEqualTo(1);
		assertThat(total(null, v1, Map.of("filters", "{\"kategori\":\"Perempuan\"}", "distinct", "true", "fields",
				"tahun"))).isEqualTo(1);

		// a new version of the period is a new file, counted on its own
		String v2 = api.uploadRelease(WALIDATA, slug, CSV + "Girimaya,Perempuan,2023,61\nTaman Sari,Perempuan,2023,70\n",
				"1998", true);
		assertThat(total(null, v2, perempuan)).isEqualTo(4);
		assertThat(total(null, v1, perempuan)).as("the older version keeps its own").isEqualTo(2);
	}

	private JsonNode search(String token, String release, Map<String, String> params) throws Exception {
		List<String> args = new java.util.ArrayList<>(List.of("resource_id", release));
		params.forEach((k, v) -> {
			args.add(k);
			args.add(v);
		});
		return api.get("datastore_search", token, args.toArray(String[]::new)).ok().result();
	}

	private long total(String token, String release, Map<String, String> params) throws Exception {
		return search(token, release, params).path("total").asLong();
	}

	private long sqlCount(String token, String release) throws Exception {
		return api.get("datastore_search_sql", token, "sql", "SELECT count(*) AS n FROM \"" + release + "\"").ok()
			.result().path("records").get(0).path("n").asLong();
	}

	private void withdrawOrPublish(String release, String step) throws Exception {
		assertThat(mvc.perform(post("/kelola/dataset/" + slug + "/rilis/" + release + "/" + step).with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

}
