package id.satudata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.CkanApi;
import id.satudata.test.CkanApi.Answer;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CKAN Action API v3 contract as CKAN clients and harvesters rely on it: the envelope, how
 * parameters are read (GET and JSON POST), CKAN's error types with their HTTP statuses and shapes,
 * the search parameters, the package/resource/organization/group/tag dicts, the datastore and
 * the write actions with tokens. Everything runs against datasets this class creates through the
 * API itself; assertions are relative to them (other test classes share the catalog).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CkanApiContractIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Bukit Intan,Perempuan,2023,130
			Gerunggang,Laki-laki,2023,90
			Gerunggang,Perempuan,2023,95
			Taman Sari,Laki-laki,2023,60
			Taman Sari,Perempuan,2023,65
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	id.satudata.katalog.dataset.DatasetRepository datasets;

	CkanApi api;

	/** A word of this run: in every title and as a shared tag, so searches select exactly our datasets. */
	String word;
	String alpha;
	String beta;
	String gamma;
	/** TERBUKA but with a draft release only: private. */
	String delta;
	String alphaRelease;
	String alphaPdf;
	String betaRelease2022;
	String betaRelease2023;

	@BeforeAll
	void createDatasets() throws Exception {
		api = new CkanApi(mvc, json);
		word = "kontrak" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		alpha = word + "-alpha";
		beta = word + "-beta";
		gamma = word + "-gamma";
		delta = word + "-delta";

		api.createDataset(WALIDATA, dataset(alpha, "Alpha Guru " + word, "disdik-19", "pendidikan",
				List.of(word, "guru sekolah")));
		alphaRelease = api.uploadRelease(WALIDATA, alpha, CSV, "2023", true);
		alphaPdf = api.attachPdf(WALIDATA, alpha, alphaRelease, "Metodologi " + word);

		api.createDataset(WALIDATA, dataset(beta, "Beta Kesehatan " + word, "dinkes-19", "kesehatan", List.of(word)));
		betaRelease2022 = api.uploadRelease(WALIDATA, beta, CSV.replace("2023", "2022"), "2022", true);
		betaRelease2023 = api.uploadRelease(WALIDATA, beta, CSV, "2023", true);

		api.createDataset(WALIDATA, dataset(gamma, "Gamma Sosial " + word, "dinkes-19", "sosial", List.of(word)));
		api.uploadRelease(WALIDATA, gamma, CSV, "2023", true);

		api.createDataset(WALIDATA, dataset(delta, "Delta Draf " + word, "dinkes-19", "sosial", List.of(word)));
		api.uploadRelease(WALIDATA, delta, CSV, "2023", false);

		// the last metadata change is alpha's (its release was published first): "metadata_modified desc"
		// must follow the metadata change, not the publication
		api.post("package_patch", WALIDATA, Map.of("id", alpha, "notes", "Catatan diperbarui " + word)).ok();
	}

	static Map<String, Object> dataset(String name, String title, String org, String group, List<String> tags) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Dataset uji kontrak API CKAN " + title);
		d.put("owner_org", org);
		d.put("license_id", "CC-BY-4.0");
		d.put("maintainer", "Walidata Uji");
		d.put("maintainer_email", "walidata.uji@demo.satudata.invalid");
		d.put("groups", List.of(Map.of("name", group)));
		d.put("tags", tags.stream().map(t -> Map.of("name", t)).toList());
		d.put("extras", List.of(Map.of("key", "jenis_data", "value", "STATISTIK"),
				Map.of("key", "frekuensi", "value", "TAHUNAN"), Map.of("key", "tingkat_penyajian", "value", "KECAMATAN"),
				Map.of("key", "cakupan_wilayah", "value", "19"), Map.of("key", "satuan", "value", "jiwa")));
		return d;
	}

	// ---- envelope, methods, unknown actions -----------------------------------------------------

	@Test
	void answersComeInCkansEnvelope() throws Exception {
		Answer a = api.get("status_show", null).ok();
		assertThat(a.json().propertyNames()).containsExactlyInAnyOrder("help", "success", "result");
		assertThat(a.json().path("help").asString()).isEqualTo("http://localhost/api/3/action/help_show?name=status_show");
		assertThat(a.result().path("ckan_version").asString()).isEqualTo("2.10.4");
		assertThat(a.result().path("site_url").asString()).isEqualTo("http://localhost");

		// the older path without the version answers the same
		Answer old = api.perform(get("/api/action/status_show"), null).ok();
		assertThat(old.result()).isEqualTo(a.result());

		assertThat(api.get("site_read", null).ok().result().asBoolean(false)).isTrue();

		Answer help = api.get("help_show", null, "name", "package_search").ok();
		assertThat(help.result().isString()).isTrue();
		assertThat(help.result().asString()).contains("fq").contains("facet.field");
		api.get("help_show", null, "name", "tidak_ada").notFound();
	}

	@Test
	void readActionsAcceptGetParametersAndAJsonBody() throws Exception {
		Answer byGet = api.get("package_show", null, "id", alpha).ok();
		Answer byPost = api.post("package_show", null, Map.of("id", alpha)).ok();
		assertThat(byPost.result()).isEqualTo(byGet.result());

		Answer searchGet = api.get("package_search", null, "fq", "tags:" + word, "rows", "2", "sort", "name asc").ok();
		Answer searchPost = api.post("package_search", null, Map.of("fq", "tags:" + word, "rows", 2, "sort", "name asc"))
			.ok();
		assertThat(names(searchPost.result().path("results"))).containsExactly(alpha, beta)
			.isEqualTo(names(searchGet.result().path("results")));
		assertThat(searchPost.result().path("count").asLong()).isEqualTo(3);

		// CKAN also takes a JSON dict posted as the only form field
		Answer form = api.perform(post("/api/3/action/package_show")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("{\"id\": \"" + alpha + "\"}="), null).ok();
		assertThat(form.result().path("name").asString()).isEqualTo(alpha);
	}

	@Test
	void writeActionsRefuseGetWithCkansBadRequest() throws Exception {
		for (String action : List.of("package_create", "package_patch", "resource_create", "api_token_create")) {
			Answer a = api.get(action, WALIDATA, "id", alpha, "title", "Lewat GET");
			assertThat(a.status()).as(action).isEqualTo(400);
			assertThat(a.json().isString()).as(action + " answers a JSON string: " + a.body()).isTrue();
			assertThat(a.json().asString()).as(action).startsWith("Bad request - ").contains("POST");
		}
		// nothing was changed by the refused GET
		assertThat(api.get("package_show", null, "id", alpha).ok().result().path("title").asString())
			.isEqualTo("Alpha Guru " + word);
	}

	@Test
	void unknownActionsAndUnreadableBodiesAreBadRequests() throws Exception {
		Answer unknown = api.get("x", null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().asString()).isEqualTo("Bad request - Action name not known: x");
		assertThat(api.post("package_dance", null, Map.of()).json().asString())
			.isEqualTo("Bad request - Action name not known: package_dance");

		Answer broken = api.perform(post("/api/3/action/package_show").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": "), null);
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().asString()).startsWith("Bad request - JSON Error");

		Answer list = api.perform(post("/api/3/action/package_show").contentType(MediaType.APPLICATION_JSON)
			.content("[1, 2]"), null);
		assertThat(list.status()).isEqualTo(400);
		assertThat(list.json().asString()).startsWith("Bad request - ").contains("dictionary");
	}

	// ---- errors -----------------------------------------------------------------------------------

	@Test
	void notFoundIs404WithCkansErrorDict() throws Exception {
		Answer a = api.get("package_show", null, "id", word + "-tidak-ada").notFound();
		assertThat(a.json().propertyNames()).containsExactlyInAnyOrder("help", "success", "error");
		assertThat(a.error().propertyNames()).containsExactlyInAnyOrder("__type", "message");
		assertThat(a.error().path("message").asString()).startsWith("Not found");
		assertThat(a.json().path("help").asString()).endsWith("help_show?name=package_show");

		String random = UUID.randomUUID().toString();
		api.get("resource_show", null, "id", random).notFound();
		api.get("datastore_search", null, "resource_id", random).notFound();
		api.get("organization_show", null, "id", word).notFound();
		api.get("group_show", null, "id", word).notFound();
		api.post("package_patch", WALIDATA, Map.of("id", word + "-tidak-ada", "title", "x")).notFound();
	}

	@Test
	void validationErrorsAre409WithTheFieldsAtFault() throws Exception {
		Map<String, Object> noTitle = dataset(word + "-tanpa-judul", "x", "disdik-19", "pendidikan", List.of(word));
		noTitle.remove("title");
		Answer a = api.post("package_create", WALIDATA, noTitle).failed(409, "Validation Error");
		assertThat(a.error().path("title").isArray()).isTrue();
		assertThat(a.error().path("title").get(0).asString()).isNotBlank();
		assertThat(a.error().has("message")).isFalse();

		Answer rows = api.get("package_search", null, "rows", "banyak").failed(409, "Validation Error");
		assertThat(rows.error().path("rows").get(0).asString()).isNotBlank();
		assertThat(api.get("package_search", null, "rows", "5000").failed(409, "Validation Error").error().has("rows"))
			.isTrue();
		assertThat(api.get("package_search", null, "start", "-1").failed(409, "Validation Error").error().has("start"))
			.isTrue();

		Map<String, Object> badExtra = dataset(word + "-extra", "Extra " + word, "disdik-19", "pendidikan", List.of(word));
		badExtra.put("extras", List.of(Map.of("key", "warna", "value", "merah")));
		assertThat(api.post("package_create", WALIDATA, badExtra).failed(409, "Validation Error").error()
			.path("extras").get(0).asString()).contains("warna");

		Map<String, Object> badEnum = dataset(word + "-enum", "Enum " + word, "disdik-19", "pendidikan", List.of(word));
		badEnum.put("extras", List.of(Map.of("key", "frekuensi", "value", "SETIAP_DETIK")));
		assertThat(api.post("package_create", WALIDATA, badEnum).failed(409, "Validation Error").error()
			.path("frekuensi").get(0).asString()).contains("SETIAP_DETIK").contains("TAHUNAN");

		Map<String, Object> taken = dataset(alpha, "Nama sudah dipakai " + word, "disdik-19", "pendidikan",
				List.of(word));
		assertThat(api.post("package_create", WALIDATA, taken).failed(409, "Validation Error").error().has("name"))
			.isTrue();

		Map<String, Object> noOrg = dataset(word + "-org", "Org " + word, "dinas-tidak-ada-19", "pendidikan",
				List.of(word));
		assertThat(api.post("package_create", WALIDATA, noOrg).failed(409, "Validation Error").error().has("owner_org"))
			.isTrue();

		// none of the refused datasets exists
		for (String name : List.of(word + "-tanpa-judul", word + "-extra", word + "-enum", word + "-org")) {
			api.get("package_show", WALIDATA, "id", name).notFound();
		}
	}

	@Test
	void authorizationErrorsAre403() throws Exception {
		Map<String, Object> fresh = dataset(word + "-tanpa-izin", "Tanpa izin " + word, "disdik-19", "pendidikan",
				List.of(word));
		Answer anonymous = api.post("package_create", null, fresh).failed(403, "Authorization Error");
		assertThat(anonymous.error().path("message").asString()).startsWith("Access denied");

		api.post("package_create", "sd_token_palsu_yang_tidak_ada", fresh).failed(403, "Authorization Error");
		// a bad token is refused even on read actions, rather than treated as the public
		api.get("package_list", null).ok();
		api.get("package_list", "Bearer sd_token_palsu_yang_tidak_ada").failed(403, "Authorization Error");

		// a Produsen Data does not create datasets, least of all for another government
		Map<String, Object> otherOrg = new LinkedHashMap<>(fresh);
		otherOrg.put("owner_org", "disdik-19-71");
		api.post("package_create", CkanApi.token(Demo.PRODUSEN), otherOrg).failed(403, "Authorization Error");
		api.post("package_create", CkanApi.token(Demo.PRODUSEN), fresh).failed(403, "Authorization Error");
		api.get("package_show", WALIDATA, "id", word + "-tanpa-izin").notFound();

		// the Walidata of Kota Pangkal Pinang sees the province's public dataset but may not change it
		Answer patch = api.post("package_patch", CkanApi.token(Demo.WALIDATA_PANGKALPINANG),
				Map.of("id", gamma, "title", "Dibajak")).failed(403, "Authorization Error");
		assertThat(patch.error().path("message").asString()).startsWith("Access denied");
		assertThat(api.get("package_show", null, "id", gamma).ok().result().path("title").asString())
			.isEqualTo("Gamma Sosial " + word);
		api.upload("resource_create", CkanApi.token(Demo.WALIDATA_PANGKALPINANG), "x.csv",
				CSV.getBytes(StandardCharsets.UTF_8), "package_id", gamma, "periode", "2030", "terbitkan", "true")
			.failed(403, "Authorization Error");
	}

	@Test
	void tokensAreReadFromEveryHeaderCkanClientsUse() throws Exception {
		// the draft-only dataset is seen by its Walidata only
		api.get("package_show", null, "id", delta).notFound();
		String[][] headers = { { "Authorization", WALIDATA }, { "Authorization", "Bearer " + WALIDATA },
				{ "X-CKAN-API-Key", WALIDATA } };
		for (String[] h : headers) {
			Answer a = api.perform(get("/api/3/action/package_show").param("id", delta).header(h[0], h[1]), null).ok();
			assertThat(a.result().path("private").asBoolean()).isTrue();
			assertThat(a.result().path("resources").get(0).path("status_rilis").asString()).isEqualTo("DRAFT");
		}
	}

	@Test
	void searchQueryErrorsAre400() throws Exception {
		for (String[] params : new String[][] { { "sort", "warna asc" }, { "sort", "name naik" },
				{ "facet.field", "[\"warna\"]" }, { "fq", "tags:(tanpa penutup" }, { "q", "AND OR" },
				{ "fq", "metadata_modified:[kemarin TO *]" }, { "fq", "num_tags:banyak" }, { "fq", "name:abc~2" } }) {
			Answer a = api.get("package_search", null, params).failed(400, "Search Query Error");
			assertThat(a.error().path("message").asString()).as(params[0] + "=" + params[1])
				.startsWith("Search Query is invalid");
		}
	}

	@Test
	void unknownSearchFieldsAre409WithTheParameter() throws Exception {
		Answer fq = api.get("package_search", null, "fq", "warna:merah").failed(409, "Validation Error");
		assertThat(fq.error().path("fq").get(0).asString()).contains("warna").contains("organization");
		Answer q = api.get("package_search", null, "q", "penduduk OR extras_warna:merah").failed(409, "Validation Error");
		assertThat(q.error().path("q").get(0).asString()).contains("extras_warna");
		// bare words in fq search the text, as Solr's default field does
		assertThat(search("fq", "Alpha tags:" + word)).containsExactly(alpha);
	}

	// ---- package_search -------------------------------------------------------------------------

	@Test
	void packageSearchFiltersWithQAndFq() throws Exception {
		assertThat(search("q", word)).containsExactlyInAnyOrder(alpha, beta, gamma);
		assertThat(search("q", "Gamma " + word)).containsExactly(gamma);
		assertThat(search("fq", "tags:\"" + word + "\"")).containsExactlyInAnyOrder(alpha, beta, gamma);
		assertThat(search("fq", "organization:dinkes-19 +tags:" + word)).containsExactlyInAnyOrder(beta, gamma);
		assertThat(search("fq", "tags:\"guru sekolah\"")).contains(alpha).doesNotContain(beta, gamma);
		assertThat(search("fq", "tags:(\"guru sekolah\" OR " + word + ")")).contains(alpha, beta, gamma);
		assertThat(search("fq", "groups:(pendidikan OR sosial) tags:" + word)).containsExactlyInAnyOrder(alpha, gamma);
		assertThat(search("fq", "res_format:CSV tags:" + word)).containsExactlyInAnyOrder(alpha, beta, gamma);
		assertThat(search("fq", "res_format:pdf tags:" + word)).containsExactly(alpha);
		// a field filter given in q works as in CKAN
		assertThat(search("q", "organization:disdik-19 " + word)).containsExactly(alpha);
		// fq as a list of filters
		Answer list = api.post("package_search", null,
				Map.of("fq_list", List.of("tags:" + word, "groups:kesehatan"))).ok();
		assertThat(names(list.result().path("results"))).containsExactly(beta);
	}

	@Test
	void repeatedFieldsInFqAreAnded() throws Exception {
		assertThat(search("fq", "tags:\"guru sekolah\" AND tags:" + word)).containsExactly(alpha);
		assertThat(search("fq", "tags:\"guru sekolah\" tags:" + word)).containsExactly(alpha);
		assertThat(search("fq", "groups:pendidikan groups:sosial tags:" + word)).isEmpty();
	}

	@Test
	void packageSearchPagesAndSorts() throws Exception {
		String fq = "tags:" + word;
		assertThat(search("fq", fq, "sort", "name asc")).containsExactly(alpha, beta, gamma);
		assertThat(search("fq", fq, "sort", "name desc")).containsExactly(gamma, beta, alpha);
		Answer page1 = api.get("package_search", null, "fq", fq, "sort", "name asc", "rows", "2").ok();
		assertThat(page1.result().path("count").asLong()).isEqualTo(3);
		assertThat(names(page1.result().path("results"))).containsExactly(alpha, beta);
		Answer page2 = api.get("package_search", null, "fq", fq, "sort", "name asc", "rows", "2", "start", "2").ok();
		assertThat(page2.result().path("count").asLong()).isEqualTo(3);
		assertThat(names(page2.result().path("results"))).containsExactly(gamma);
		Answer none = api.get("package_search", null, "fq", fq, "rows", "0").ok();
		assertThat(none.result().path("count").asLong()).isEqualTo(3);
		assertThat(none.result().path("results").size()).isZero();

		List<String> desc = modified(api.get("package_search", null, "fq", fq, "sort", "metadata_modified desc").ok());
		assertThat(desc).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<String> asc = modified(api.get("package_search", null, "fq", fq, "sort", "metadata_modified asc").ok());
		assertThat(asc).hasSize(3).isSorted();
		assertThat(api.get("package_search", null, "fq", fq, "sort", "name asc").ok().result().path("sort").asString())
			.isEqualTo("name asc");
	}

	@Test
	void packageSearchFacetsInBothCkanShapes() throws Exception {
		Answer a = api.get("package_search", null, "fq", "tags:" + word, "facet.field",
				"[\"organization\", \"groups\", \"tags\", \"res_format\"]").ok();
		JsonNode facets = a.result().path("facets");
		assertThat(facets.propertyNames()).containsExactlyInAnyOrder("organization", "groups", "tags", "res_format");
		assertThat(counts(facets.path("organization"))).isEqualTo(Map.of("dinkes-19", 2L, "disdik-19", 1L));
		assertThat(counts(facets.path("groups"))).isEqualTo(Map.of("kesehatan", 1L, "pendidikan", 1L, "sosial", 1L));
		assertThat(counts(facets.path("tags"))).isEqualTo(Map.of(word, 3L, "guru sekolah", 1L));
		assertThat(counts(facets.path("res_format"))).containsEntry("CSV", 3L).containsEntry("PDF", 1L);

		JsonNode org = a.result().path("search_facets").path("organization");
		assertThat(org.path("title").asString()).isEqualTo("organization");
		JsonNode first = org.path("items").get(0);
		assertThat(first.path("name").asString()).isEqualTo("dinkes-19");
		assertThat(first.path("count").asLong()).isEqualTo(2);
		assertThat(first.path("display_name").asString()).isEqualTo("Dinas Kesehatan");
		assertThat(a.result().path("search_facets").path("groups").path("items").size()).isEqualTo(3);

		Answer limited = api.get("package_search", null, "fq", "tags:" + word, "facet.field", "[\"organization\"]",
				"facet.limit", "1").ok();
		assertThat(counts(limited.result().path("facets").path("organization"))).isEqualTo(Map.of("dinkes-19", 2L));
		// without facet.field no facets are computed
		assertThat(api.get("package_search", null, "fq", "tags:" + word).ok().result().path("facets").size()).isZero();
	}

	@Test
	void packageSearchShowsPrivateDatasetsOnlyWhenAskedAndAllowed() throws Exception {
		String fq = "tags:" + word;
		assertThat(search("fq", fq)).doesNotContain(delta).hasSize(3);
		Answer own = api.get("package_search", WALIDATA, "fq", fq).ok();
		assertThat(names(own.result().path("results"))).doesNotContain(delta).hasSize(3);
		Answer withPrivate = api.get("package_search", WALIDATA, "fq", fq, "include_private", "true").ok();
		assertThat(names(withPrivate.result().path("results"))).containsExactlyInAnyOrder(alpha, beta, gamma, delta);
		assertThat(withPrivate.result().path("count").asLong()).isEqualTo(4);
		for (JsonNode p : withPrivate.result().path("results")) {
			assertThat(p.path("private").asBoolean()).as(p.path("name").asString())
				.isEqualTo(p.path("name").asString().equals(delta));
		}
		// asking is not enough
		assertThat(search("fq", fq, "include_private", "true")).doesNotContain(delta).hasSize(3);
		Answer pengguna = api.get("package_search", CkanApi.token(Demo.PENGGUNA), "fq", fq, "include_private", "true")
			.ok();
		assertThat(names(pengguna.result().path("results"))).doesNotContain(delta).hasSize(3);
	}

	// ---- package_list, package_show -------------------------------------------------------------

	@Test
	void packageListNamesPublicDatasetsWithLimitAndOffset() throws Exception {
		List<String> all = strings(api.get("package_list", null).ok().result());
		assertThat(all).contains(alpha, beta, gamma).doesNotContain(delta).isSorted().doesNotHaveDuplicates();
		List<String> page = strings(api.get("package_list", null, "limit", "2", "offset", "1").ok().result());
		assertThat(page).isEqualTo(all.subList(1, 3));
		assertThat(strings(api.post("package_list", null, Map.of("limit", 1)).ok().result()))
			.isEqualTo(all.subList(0, 1));
		api.get("package_list", null, "limit", "-1").failed(409, "Validation Error");
	}

	@Test
	void packageShowByNameOrIdWithResourcesAndExtras() throws Exception {
		JsonNode p = api.get("package_show", null, "id", alpha).ok().result();
		String id = p.path("id").asString();
		assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(api.get("package_show", null, "id", id).ok().result()).isEqualTo(p);
		assertThat(api.get("package_show", null, "id", id.toUpperCase(java.util.Locale.ROOT)).ok().result()).isEqualTo(p);
		// the old numeric id stays an alias
		long numeric = datasets.findBySlug(alpha).orElseThrow().getId();
		assertThat(api.get("package_show", null, "id", String.valueOf(numeric)).ok().result()).isEqualTo(p);
		assertThat(p.path("resources").get(0).path("package_id").asString()).isEqualTo(id);

		assertThat(p.path("name").asString()).isEqualTo(alpha);
		assertThat(p.path("title").asString()).isEqualTo("Alpha Guru " + word);
		assertThat(p.path("notes").asString()).isEqualTo("Catatan diperbarui " + word);
		assertThat(p.path("type").asString()).isEqualTo("dataset");
		assertThat(p.path("state").asString()).isEqualTo("active");
		assertThat(p.path("private").asBoolean(true)).isFalse();
		assertThat(p.path("url").asString()).isEqualTo("http://localhost/dataset/" + alpha);
		assertThat(p.path("license_id").asString()).isEqualTo("CC-BY-4.0");
		assertThat(p.path("license_title").asString()).isEqualTo("Creative Commons Attribution 4.0");
		assertThat(p.path("isopen").asBoolean()).isTrue();
		assertThat(p.path("maintainer").asString()).isEqualTo("Walidata Uji");
		assertThat(p.path("maintainer_email").asString()).isEqualTo("walidata.uji@demo.satudata.invalid");
		assertThat(p.path("metadata_created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
		assertThat(p.path("metadata_modified").asString()).isGreaterThan(p.path("metadata_created").asString());
		assertThat(p.path("organization").path("name").asString()).isEqualTo("disdik-19");
		assertThat(p.path("organization").path("title").asString()).isEqualTo("Dinas Pendidikan");
		assertThat(p.path("organization").path("is_organization").asBoolean()).isTrue();
		assertThat(p.path("owner_org").asString()).isEqualTo(p.path("organization").path("id").asString());
		assertThat(p.path("groups").size()).isEqualTo(1);
		assertThat(p.path("groups").get(0).path("name").asString()).isEqualTo("pendidikan");
		assertThat(p.path("groups").get(0).path("title").asString()).isEqualTo("Pendidikan");
		assertThat(names(p.path("tags"))).as("sorted by name").containsExactly("guru sekolah", word);
		assertThat(p.path("num_tags").asInt()).isEqualTo(2);

		Map<String, String> extras = extras(p);
		assertThat(extras).containsEntry("jenis_data", "STATISTIK").containsEntry("frekuensi", "TAHUNAN")
			.containsEntry("tingkat_penyajian", "KECAMATAN").containsEntry("cakupan_wilayah", "19")
			.containsEntry("satuan", "jiwa").containsEntry("akses", "TERBUKA").containsEntry("periode", "2023")
			.containsEntry("data_prioritas", "false").containsEntry("data_induk", "false");

		JsonNode resources = p.path("resources");
		assertThat(p.path("num_resources").asInt()).isEqualTo(2).isEqualTo(resources.size());
		JsonNode table = resources.get(0);
		assertThat(table.path("id").asString()).isEqualTo(alphaRelease);
		assertThat(table.path("package_id").asString()).isEqualTo(id);
		assertThat(table.path("datastore_active").asBoolean()).isTrue();
		assertThat(table.path("format").asString()).isEqualTo("CSV");
		assertThat(table.path("url").asString())
			.isEqualTo("http://localhost/dataset/" + alpha + "/rilis/" + alphaRelease + "/unduh.csv");
		assertThat(table.path("position").asInt()).isZero();
		assertThat(table.path("periode").asString()).isEqualTo("2023");
		assertThat(table.path("jumlah_baris").asLong()).isEqualTo(6);
		JsonNode pdf = resources.get(1);
		assertThat(pdf.path("id").asString()).isEqualTo(alphaPdf);
		assertThat(pdf.path("datastore_active").asBoolean(true)).isFalse();
		assertThat(pdf.path("format").asString()).isEqualTo("PDF");
		assertThat(pdf.path("url").asString()).isEqualTo("http://localhost/dataset/" + alpha + "/lampiran/" + alphaPdf);
		assertThat(pdf.path("position").asInt()).isEqualTo(1);

		// the resource URL downloads the table
		String csv = mvc.perform(get(table.path("url").asString().substring("http://localhost".length()))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// (after the byte order mark that spreadsheet programs need)
		assertThat(csv.replace("\uFEFF", "")).startsWith("nama_kecamatan,kategori,tahun,jumlah").contains("Gerunggang");

		// several releases: newest period first, every period in the extras
		JsonNode b = api.get("package_show", null, "id", beta).ok().result();
		assertThat(ids(b.path("resources"))).containsExactly(betaRelease2023, betaRelease2022);
		assertThat(extras(b).get("periode")).isEqualTo("2023,2022");
	}

	// ---- organizations, groups, tags -------------------------------------------------------------

	@Test
	void organizationListAndShow() throws Exception {
		List<String> names = strings(api.get("organization_list", null).ok().result());
		assertThat(names).contains("dinkes-19", "disdik-19", "disdukcapil-19", "disdik-19-71").isSorted();
		List<String> reversed = new ArrayList<>(names);
		java.util.Collections.reverse(reversed);
		assertThat(strings(api.get("organization_list", null, "sort", "name desc").ok().result())).isEqualTo(reversed);
		assertThat(strings(api.get("organization_list", null, "limit", "2", "offset", "1").ok().result()))
			.isEqualTo(names.subList(1, 3));

		JsonNode all = api.get("organization_list", null, "all_fields", "true").ok().result();
		assertThat(names(all)).isEqualTo(names);
		long dinkes = publicCount("organization:dinkes-19");
		assertThat(dinkes).isGreaterThanOrEqualTo(2);
		JsonNode dinkesDict = find(all, "dinkes-19");
		assertThat(dinkesDict.path("package_count").asLong()).isEqualTo(dinkes);
		assertThat(dinkesDict.path("title").asString()).isEqualTo("Dinas Kesehatan");
		assertThat(dinkesDict.path("is_organization").asBoolean()).isTrue();

		JsonNode byCount = api.get("organization_list", null, "all_fields", "true", "sort", "package_count desc").ok()
			.result();
		List<Long> counts = new ArrayList<>();
		byCount.forEach(o -> counts.add(o.path("package_count").asLong()));
		assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(api.get("organization_list", null, "sort", "warna").failed(409, "Validation Error").error().has("sort"))
			.isTrue();

		JsonNode show = api.get("organization_show", null, "id", "dinkes-19", "include_datasets", "true").ok().result();
		assertThat(show.path("name").asString()).isEqualTo("dinkes-19");
		assertThat(show.path("package_count").asLong()).isEqualTo(dinkes);
		assertThat(show.path("packages").size()).isEqualTo((int) Math.min(10, dinkes));
		if (dinkes <= 10) {
			assertThat(names(show.path("packages"))).contains(beta, gamma).doesNotContain(delta, alpha);
		}
		assertThat(api.get("organization_show", null, "id", "dinkes-19").ok().result().has("packages")).isFalse();
		// by the id in package dicts
		String ownerOrg = api.get("package_show", null, "id", beta).ok().result().path("owner_org").asString();
		assertThat(ownerOrg).matches("[0-9a-f-]{36}");
		JsonNode byId = api.get("organization_show", null, "id", ownerOrg).ok().result();
		assertThat(byId.path("name").asString()).isEqualTo("dinkes-19");
		assertThat(byId.path("id").asString()).isEqualTo(ownerOrg);
		// the old numeric unit id stays an alias
		long unitId = datasets.findBySlug(beta).orElseThrow().getProdusenUnitId();
		assertThat(api.get("organization_show", null, "id", String.valueOf(unitId)).ok().result().path("id").asString())
			.isEqualTo(ownerOrg);
		// and package_search filters by it
		assertThat(search("fq", "owner_org:" + ownerOrg + " tags:" + word)).containsExactlyInAnyOrder(beta, gamma);
	}

	@Test
	void groupListAndShow() throws Exception {
		List<String> names = strings(api.get("group_list", null).ok().result());
		assertThat(names).contains("kesehatan", "pendidikan", "sosial", "kependudukan").isSorted();
		JsonNode all = api.get("group_list", null, "all_fields", "true").ok().result();
		JsonNode sosial = find(all, "sosial");
		long count = publicCount("groups:sosial");
		assertThat(count).isGreaterThanOrEqualTo(1);
		assertThat(sosial.path("package_count").asLong()).isEqualTo(count);
		assertThat(sosial.path("title").asString()).isEqualTo("Sosial dan Kesejahteraan Rakyat");
		assertThat(sosial.path("is_organization").asBoolean(true)).isFalse();

		JsonNode show = api.get("group_show", null, "id", "sosial", "include_datasets", "true").ok().result();
		assertThat(show.path("package_count").asLong()).isEqualTo(count);
		// a group's id is a UUID derived from the national topic code: the same on every Satu Data portal
		assertThat(show.path("id").asString()).isEqualTo(
				UUID.nameUUIDFromBytes("satudata:topik-data:sosial".getBytes(StandardCharsets.UTF_8)).toString());
		assertThat(api.get("group_show", null, "id", show.path("id").asString()).ok().result().path("name").asString())
			.isEqualTo("sosial");
		assertThat(search("fq", "groups:" + show.path("id").asString() + " tags:" + word)).containsExactly(gamma);
		if (count <= 10) {
			assertThat(names(show.path("packages"))).contains(gamma).doesNotContain(delta);
		}
	}

	@Test
	void tagListFindsTagsOfPublicDatasets() throws Exception {
		assertThat(strings(api.get("tag_list", null, "query", word).ok().result())).containsExactly(word);
		assertThat(strings(api.get("tag_list", null, "query", "guru sek").ok().result())).contains("guru sekolah");
		List<String> all = strings(api.get("tag_list", null).ok().result());
		assertThat(all).contains(word, "guru sekolah", "penduduk").isSorted();
		JsonNode dicts = api.get("tag_list", null, "query", word, "all_fields", "true").ok().result();
		assertThat(dicts.size()).isEqualTo(1);
		assertThat(dicts.get(0).path("name").asString()).isEqualTo(word);
	}

	// ---- resources and the datastore ---------------------------------------------------------------

	@Test
	void resourceShowForATableAndAnAttachment() throws Exception {
		JsonNode p = api.get("package_show", null, "id", alpha).ok().result();
		JsonNode table = api.get("resource_show", null, "id", alphaRelease).ok().result();
		assertThat(table).isEqualTo(p.path("resources").get(0));
		JsonNode pdf = api.get("resource_show", null, "id", alphaPdf).ok().result();
		assertThat(pdf).isEqualTo(p.path("resources").get(1));
		assertThat(pdf.path("datastore_active").asBoolean(true)).isFalse();
		// an attachment has no datastore table
		api.get("datastore_search", null, "resource_id", alphaPdf).notFound();
	}

	@Test
	void datastoreSearchParameters() throws Exception {
		JsonNode all = api.get("datastore_search", null, "resource_id", alphaRelease).ok().result();
		assertThat(all.path("resource_id").asString()).isEqualTo(alphaRelease);
		assertThat(all.path("total").asLong()).isEqualTo(6);
		assertThat(all.path("records").size()).isEqualTo(6);
		assertThat(ids(all.path("fields"))).contains("nama_kecamatan", "kategori", "tahun", "jumlah");
		assertThat(all.path("records").get(0).path("nama_kecamatan").asString()).isEqualTo("Bukit Intan");
		assertThat(all.path("records").get(0).path("jumlah").asLong()).isEqualTo(120);
		assertThat(all.path("_links").path("start").asString())
			.isEqualTo("/api/3/action/datastore_search?resource_id=" + alphaRelease);

		JsonNode women = api.get("datastore_search", null, "resource_id", alphaRelease, "filters",
				"{\"kategori\": \"Perempuan\"}").ok().result();
		assertThat(women.path("total").asLong()).isEqualTo(3);
		women.path("records").forEach(r -> assertThat(r.path("kategori").asString()).isEqualTo("Perempuan"));
		assertThat(women.path("filters").path("kategori").asString()).isEqualTo("Perempuan");

		JsonNode two = api.post("datastore_search", null, Map.of("resource_id", alphaRelease, "filters",
				Map.of("nama_kecamatan", List.of("Bukit Intan", "Taman Sari")))).ok().result();
		assertThat(two.path("total").asLong()).isEqualTo(4);

		JsonNode q = api.get("datastore_search", null, "resource_id", alphaRelease, "q", "gerung").ok().result();
		assertThat(q.path("total").asLong()).isEqualTo(2);
		assertThat(q.path("q").asString()).isEqualTo("gerung");

		JsonNode page = api.get("datastore_search", null, "resource_id", alphaRelease, "sort", "jumlah desc", "limit", "2",
				"offset", "2").ok().result();
		assertThat(values(page.path("records"), "jumlah")).containsExactly("95", "90");
		assertThat(page.path("total").asLong()).isEqualTo(6);
		assertThat(page.path("limit").asInt()).isEqualTo(2);
		assertThat(page.path("offset").asInt()).isEqualTo(2);
		assertThat(page.path("sort").asString()).isEqualTo("jumlah desc");
		assertThat(page.path("_links").path("next").asString()).endsWith("&offset=4");

		JsonNode fields = api.get("datastore_search", null, "resource_id", alphaRelease, "fields",
				"nama_kecamatan,jumlah").ok().result();
		for (JsonNode r : fields.path("records")) {
			assertThat(r.propertyNames()).contains("nama_kecamatan", "jumlah").doesNotContain("kategori", "tahun");
		}

		JsonNode distinct = api.get("datastore_search", null, "resource_id", alphaRelease, "fields", "kategori",
				"distinct", "true", "sort", "kategori asc").ok().result();
		assertThat(values(distinct.path("records"), "kategori")).containsExactly("Laki-laki", "Perempuan");
		assertThat(distinct.path("distinct").asBoolean()).isTrue();

		JsonNode noTotal = api.get("datastore_search", null, "resource_id", alphaRelease, "include_total", "false")
			.ok().result();
		assertThat(noTotal.has("total")).isFalse();
		assertThat(noTotal.path("include_total").asBoolean(true)).isFalse();
		assertThat(noTotal.path("records").size()).isEqualTo(6);

		JsonNode lists = api.get("datastore_search", null, "resource_id", alphaRelease, "records_format", "lists",
				"fields", "nama_kecamatan,jumlah", "limit", "1").ok().result();
		assertThat(lists.path("records_format").asString()).isEqualTo("lists");
		JsonNode row = lists.path("records").get(0);
		assertThat(row.isArray()).isTrue();
		assertThat(row.size()).isEqualTo(lists.path("fields").size());
		List<String> fieldIds = ids(lists.path("fields"));
		assertThat(row.get(fieldIds.indexOf("nama_kecamatan")).asString()).isEqualTo("Bukit Intan");
		assertThat(row.get(fieldIds.indexOf("jumlah")).asLong()).isEqualTo(120);

		// the id parameter works as well as resource_id
		assertThat(api.get("datastore_search", null, "id", alphaRelease, "limit", "0").ok().result().path("total")
			.asLong()).isEqualTo(6);
	}

	@Test
	void datastoreSearchNamesTheParameterAtFault() throws Exception {
		datastoreError("fields", "warna");
		datastoreError("filters", "{\"warna\": \"merah\"}");
		datastoreError("sort", "warna desc");
		datastoreError("sort", "jumlah sideways");
		datastoreError("filters", "{\"jumlah\": \"banyak\"}");
		datastoreError("limit", "-1");
		datastoreError("records_format", "csv");
		datastoreError("filters", "[1]");
	}

	private void datastoreError(String parameter, String value) throws Exception {
		JsonNode error = api.get("datastore_search", null, "resource_id", alphaRelease, parameter, value)
			.failed(409, "Validation Error").error();
		assertThat(error.propertyNames()).as(parameter + "=" + value + " → " + error).contains(parameter);
		assertThat(error.path(parameter).get(0).asString()).isNotBlank();
	}

	@Test
	void datastoreSearchSqlRunsOneSelectOverResourceTables() throws Exception {
		String sql = "SELECT kategori, sum(jumlah) AS total FROM \"" + alphaRelease
				+ "\" GROUP BY kategori ORDER BY kategori";
		JsonNode r = api.get("datastore_search_sql", null, "sql", sql).ok().result();
		assertThat(r.path("sql").asString()).isEqualTo(sql);
		assertThat(values(r.path("records"), "kategori")).containsExactly("Laki-laki", "Perempuan");
		assertThat(values(r.path("records"), "total")).containsExactly("270", "290");
		assertThat(ids(r.path("fields"))).containsExactly("kategori", "total");

		JsonNode join = api.post("datastore_search_sql", null, Map.of("sql", "SELECT count(*) AS n FROM \""
				+ alphaRelease + "\" a JOIN \"" + betaRelease2022 + "\" b USING (nama_kecamatan, kategori)")).ok().result();
		assertThat(join.path("records").get(0).path("n").asLong()).isEqualTo(6);

		for (String hostile : List.of("DROP TABLE \"" + alphaRelease + "\"",
				"COPY (SELECT * FROM \"" + alphaRelease + "\") TO '/tmp/satudata-uji.csv'",
				"SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM \"" + alphaRelease + "\"; DROP TABLE \""
						+ alphaRelease + "\"",
				"SELECT * FROM '/etc/passwd'", "SELECT * FROM \"" + UUID.randomUUID() + "\"")) {
			Answer a = api.get("datastore_search_sql", null, "sql", hostile).failed(409, "Validation Error");
			assertThat(a.error().path("info").path("orig").get(0).asString()).as(hostile).isNotBlank();
		}
		// the table is still there
		assertThat(api.get("datastore_search", null, "resource_id", alphaRelease, "limit", "0").ok().result()
			.path("total").asLong()).isEqualTo(6);
	}

	// ---- writing ------------------------------------------------------------------------------------

	@Test
	void packagePatchChangesOnlyTheGivenFields() throws Exception {
		JsonNode before = api.get("package_show", null, "id", gamma).ok().result();
		JsonNode patched = api.post("package_patch", WALIDATA, Map.of("id", gamma, "notes", "Deskripsi baru " + word))
			.ok().result();
		assertThat(patched.path("notes").asString()).isEqualTo("Deskripsi baru " + word);
		JsonNode after = api.get("package_show", null, "id", gamma).ok().result();
		assertThat(after.path("notes").asString()).isEqualTo("Deskripsi baru " + word);
		for (String field : List.of("name", "title", "owner_org", "license_id", "maintainer", "maintainer_email", "groups",
				"tags", "extras", "resources", "metadata_created", "private")) {
			assertThat(after.path(field)).as(field).isEqualTo(before.path(field));
		}
		assertThat(after.path("metadata_modified").asString()).isGreaterThan(before.path("metadata_modified").asString());

		JsonNode extras = api.post("package_patch", WALIDATA, Map.of("id", gamma, "extras",
				List.of(Map.of("key", "satuan", "value", "orang")))).ok().result();
		assertThat(extras(extras)).containsEntry("satuan", "orang").containsEntry("frekuensi", "TAHUNAN")
			.containsEntry("cakupan_wilayah", "19");
		assertThat(extras.path("title").asString()).isEqualTo(before.path("title").asString());

		// the name (URL) of a dataset does not change
		assertThat(api.post("package_patch", WALIDATA, Map.of("id", gamma, "name", gamma + "-baru"))
			.failed(409, "Validation Error").error().has("name")).isTrue();
	}

	@Test
	void aRefusedUploadLeavesNoReleaseBehind() throws Exception {
		List<String> before = ids(api.get("package_show", WALIDATA, "id", beta).ok().result().path("resources"));
		String bad = """
				nama_kecamatan,kategori,tahun,jumlah
				Bukit Intan,Laki-laki,2024,120
				Gerunggang,Perempuan,2024,banyak
				""";
		Answer a = api.upload("resource_create", WALIDATA, "buruk.csv", bad.getBytes(StandardCharsets.UTF_8),
				"package_id", beta, "periode", "2024", "terbitkan", "true").failed(409, "Validation Error");
		JsonNode upload = a.error().path("upload");
		assertThat(upload.isArray()).isTrue();
		String message = strings(upload).toString();
		assertThat(message).contains("Baris 3").contains("jumlah").contains("banyak");

		String ragged = """
				nama_kecamatan,kategori,tahun,jumlah
				Bukit Intan,Laki-laki,2024,120,lebih
				""";
		assertThat(strings(api.upload("resource_create", WALIDATA, "rusak.csv", ragged.getBytes(StandardCharsets.UTF_8),
				"package_id", beta, "periode", "2024").failed(409, "Validation Error").error().path("upload")).toString())
			.contains("Baris 2");

		assertThat(api.upload("resource_create", WALIDATA, "kosong.csv", new byte[0], "package_id", beta, "periode",
				"2024").failed(409, "Validation Error").error().has("upload")).isTrue();
		assertThat(api.upload("resource_create", WALIDATA, "tanpa-periode.csv", CSV.getBytes(StandardCharsets.UTF_8),
				"package_id", beta).failed(409, "Validation Error").error().has("periode")).isTrue();

		// neither the public nor the Walidata (who sees drafts) finds a new release
		assertThat(ids(api.get("package_show", WALIDATA, "id", beta).ok().result().path("resources")))
			.isEqualTo(before);
		assertThat(ids(api.get("package_show", null, "id", beta).ok().result().path("resources"))).isEqualTo(before);
		assertThat(extras(api.get("package_show", null, "id", beta).ok().result()).get("periode")).doesNotContain("2024");

		// a first upload that fails leaves no schema taken from its file either
		String epsilon = word + "-epsilon";
		api.createDataset(WALIDATA, dataset(epsilon, "Epsilon " + word, "dinkes-19", "kesehatan", List.of()));
		api.upload("resource_create", WALIDATA, "rusak.csv", ragged.getBytes(StandardCharsets.UTF_8), "package_id",
				epsilon, "periode", "2024").failed(409, "Validation Error");
		assertThat(api.get("package_show", WALIDATA, "id", epsilon).ok().result().path("resources").size()).isZero();
		String other = "kode,nilai\nA,1\nB,2\n";
		api.uploadRelease(WALIDATA, epsilon, other, "2024", false);
		assertThat(api.get("package_show", WALIDATA, "id", epsilon).ok().result().path("resources").size()).isEqualTo(1);
	}

	@Test
	void apiTokenCreateMakesATokenForOneselfThatWorks() throws Exception {
		Answer created = api.post("api_token_create", WALIDATA, Map.of("user", Demo.WALIDATA, "name", "uji " + word,
				"expires_in", 30, "unit", 86400)).ok();
		String token = created.result().path("token").asString();
		assertThat(token).startsWith("sd_").doesNotStartWith("sd_demo_").hasSizeGreaterThan(40);
		// the new token acts as the Walidata: it sees the draft-only dataset and may change it
		api.get("package_show", null, "id", delta).notFound();
		api.get("package_show", "Bearer " + token, "id", delta).ok();
		api.post("package_patch", token, Map.of("id", delta, "maintainer", "Pemilik token " + word)).ok();
		assertThat(api.get("package_show", WALIDATA, "id", delta).ok().result().path("maintainer").asString())
			.isEqualTo("Pemilik token " + word);

		// not for another user, unless one is an administrator
		api.post("api_token_create", WALIDATA, Map.of("user", Demo.PENGGUNA, "name", "curian"))
			.failed(403, "Authorization Error");
		api.post("api_token_create", null, Map.of("user", Demo.WALIDATA, "name", "tanpa token"))
			.failed(403, "Authorization Error");
		String forUser = api.post("api_token_create", CkanApi.token(Demo.ADMIN), Map.of("user", Demo.PENGGUNA, "name",
				"dari admin " + word)).ok().result().path("token").asString();
		api.get("package_list", forUser).ok();
		assertThat(api.post("api_token_create", WALIDATA, Map.of("user", Demo.WALIDATA)).failed(409, "Validation Error")
			.error().has("name")).isTrue();
	}

	// ---- helpers ------------------------------------------------------------------------------------

	private List<String> search(String... params) throws Exception {
		return names(api.get("package_search", null, params).ok().result().path("results"));
	}

	private long publicCount(String fq) throws Exception {
		return api.get("package_search", null, "fq", fq, "rows", "0").ok().result().path("count").asLong();
	}

	private static List<String> modified(Answer a) {
		List<String> out = new ArrayList<>();
		a.result().path("results").forEach(p -> out.add(p.path("metadata_modified").asString()));
		return out;
	}

	static List<String> names(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.path("name").asString()));
		return out;
	}

	static List<String> ids(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.path("id").asString()));
		return out;
	}

	static List<String> strings(JsonNode list) {
		assertThat(list.isArray()).as("a list: " + list).isTrue();
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.asString()));
		return out;
	}

	static List<String> values(JsonNode records, String field) {
		List<String> out = new ArrayList<>();
		records.forEach(n -> out.add(n.path(field).asString()));
		return out;
	}

	static Map<String, Long> counts(JsonNode facet) {
		Map<String, Long> out = new LinkedHashMap<>();
		facet.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
		return out;
	}

	static Map<String, String> extras(JsonNode pkg) {
		Map<String, String> out = new LinkedHashMap<>();
		pkg.path("extras").forEach(e -> out.put(e.path("key").asString(), e.path("value").asString()));
		return out;
	}

	static JsonNode find(JsonNode list, String name) {
		for (JsonNode n : list) {
			if (n.path("name").asString().equals(name)) {
				return n;
			}
		}
		throw new AssertionError(name + " not in " + list);
	}


	/**
	 * The public's view of a dataset is kept between requests (KatalogService): every change of what
	 * the public sees must show at once — a new release, an attachment, a metadata edit, and above
	 * all a change of access level.
	 */
	@Test
	void thePublicSeesEveryChangeAtOnce() throws Exception {
		// its own word: the other tests count the datasets that carry this class's word
		String own = "zeta" + UUID.randomUUID().toString().substring(0, 8);
		String zeta = own + "-dataset";
		api.createDataset(WALIDATA, dataset(zeta, "Zeta " + own, "dinkes-19", "kesehatan", List.of(own)));
		String first = api.uploadRelease(WALIDATA, zeta, CSV, "2023", true);
		assertThat(publicResources(zeta)).containsExactly(first);
		assertThat(mvc.perform(get("/dataset/" + zeta)).andReturn().getResponse().getStatus()).isEqualTo(200);

		String second = api.uploadRelease(WALIDATA, zeta, CSV.replace("2023", "2024"), "2024", true);
		assertThat(publicResources(zeta)).containsExactlyInAnyOrder(first, second);

		api.uploadRelease(WALIDATA, zeta, CSV.replace("2023", "2025"), "2025", false);
		assertThat(publicResources(zeta)).as("a draft stays hidden").containsExactlyInAnyOrder(first, second);

		String pdf = api.attachPdf(WALIDATA, zeta, second, "Metodologi Zeta");
		assertThat(publicResources(zeta)).contains(pdf);

		api.post("package_patch", WALIDATA, Map.of("id", zeta, "title", "Zeta diperbarui " + own)).ok();
		assertThat(api.get("package_show", null, "id", zeta).ok().result().path("title").asString())
			.isEqualTo("Zeta diperbarui " + own);

		api.post("package_patch", WALIDATA, Map.of("id", zeta, "akses", "TERTUTUP")).ok();
		api.get("package_show", null, "id", zeta).notFound();
		String id = api.get("package_show", WALIDATA, "id", zeta).ok().result().path("id").asString();
		api.get("package_show", null, "id", id).notFound();
		assertThat(mvc.perform(get("/dataset/" + zeta)).andReturn().getResponse().getStatus()).isEqualTo(404);

		api.post("package_patch", WALIDATA, Map.of("id", zeta, "akses", "TERBUKA")).ok();
		assertThat(publicResources(zeta)).containsExactlyInAnyOrder(first, second, pdf);
	}

	private List<String> publicResources(String dataset) throws Exception {
		List<String> ids = new ArrayList<>();
		api.get("package_show", null, "id", dataset).ok().result().path("resources")
			.forEach(r -> ids.add(r.path("id").asString()));
		return ids;
	}

}
