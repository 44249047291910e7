package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.CkanApi;
import id.satudata.test.CkanApi.Answer;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing the caller may not see leaks through any path: portal pages and their counts, JSON-LD,
 * the sitemap, charts, downloads, attachments, and every CKAN action including the datastore and
 * its SQL. The Walidata of Bangka Belitung makes four datasets:
 * <ul>
 * <li>A, TERBATAS with a published release (seen by roles of the province only);</li>
 * <li>B, TERTUTUP with a published release and an attachment (the province's Walidata, Pembina Data,
 * PPID, the producing unit's Produsen Data, admin);</li>
 * <li>C, TERBUKA whose only release is a draft, with an attachment (managers and checkers only);</li>
 * <li>D, TERBUKA and public, with one published release, one withdrawn (with an attachment) and one
 * draft: only the published one is public.</li>
 * </ul>
 * Counts are compared before and after the four are made: for the public they must grow by D's
 * published release only. Every check has its positive side (the entitled role does see it), so
 * the tests fail if the data were simply missing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLeakIT {

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Bukit Intan,Perempuan,2023,130
			Gerunggang,Laki-laki,2023,90
			""";

	/** Facets of package_search whose counts must not move for what one may not see. */
	static final List<String> API_FACETS = List.of("organization", "groups", "res_format", "periode", "data_prioritas",
			"data_induk", "jenis_data", "tingkat_penyajian");

	/** Who must not see A, B or C (nor D's unpublished releases). */
	static final List<String> OUTSIDERS = List.of("", Demo.PENGGUNA, Demo.WALIDATA_PANGKALPINANG);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	CkanApi api;

	String run;
	String slugA;
	String slugB;
	String slugC;
	String slugD;
	/** A distinctive word in each title and tags, and a tag all four hidden ones share. */
	String wordA;
	String wordB;
	String wordC;
	String wordD;
	String hiddenTag;

	String releaseA;
	String releaseB;
	String attachmentB;
	String draftC;
	String attachmentC;
	String publishedD;
	String attachmentD;
	String withdrawnD;
	String attachmentWithdrawnD;
	String draftD;

	/** Hidden periods: of A, B (published but restricted), C's draft, D's withdrawn and draft releases. */
	static final List<String> HIDDEN_PERIODS = List.of("1991-T2", "1992-S2", "1993-07", "1994-T3", "1995-S1");

	final Map<String, ApiView> apiBefore = new HashMap<>();
	final Map<String, ApiView> apiAfter = new HashMap<>();
	final Map<String, PortalView> portalBefore = new HashMap<>();
	final Map<String, PortalView> portalAfter = new HashMap<>();

	static final List<String> API_CALLERS = List.of("", Demo.PENGGUNA, Demo.WALIDATA_PANGKALPINANG, "koordinator",
			Demo.WALIDATA);
	static final List<String> PORTAL_CALLERS = List.of("", Demo.PENGGUNA, Demo.WALIDATA);

	@BeforeAll
	void createHiddenDatasets() throws Exception {
		api = new CkanApi(mvc, json);
		run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slugA = "bocor-" + run + "-terbatas";
		slugB = "bocor-" + run + "-tertutup";
		slugC = "bocor-" + run + "-draf";
		slugD = "bocor-" + run + "-campuran";
		wordA = "zamrud" + run;
		wordB = "safir" + run;
		wordC = "mutiara" + run;
		wordD = "kecubung" + run;
		hiddenTag = "rahasia" + run;

		for (String caller : API_CALLERS) {
			apiBefore.put(caller, apiView(caller));
		}
		for (String caller : PORTAL_CALLERS) {
			portalBefore.put(caller, portalView(caller));
		}

		String walidata = CkanApi.token(Demo.WALIDATA);
		api.createDataset(walidata, dataset(slugD, "Aaa Campuran " + wordD, "dinkes-19", "TERBUKA", wordD));
		publishedD = api.uploadRelease(walidata, slugD, CSV, "1996", true);
		attachmentD = api.attachPdf(walidata, slugD, publishedD, "Lampiran terbit " + wordD);
		withdrawnD = api.uploadRelease(walidata, slugD, CSV.replace("120", "121"), "1994-T3", true);
		attachmentWithdrawnD = api.attachPdf(walidata, slugD, withdrawnD, "Lampiran ditarik " + wordD);
		assertThat(mvc.perform(post("/kelola/dataset/" + slugD + "/rilis/" + withdrawnD + "/tarik").with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(api.get("resource_show", walidata, "id", withdrawnD).ok().result().path("status_rilis").asString())
			.isEqualTo("DITARIK");
		draftD = api.uploadRelease(walidata, slugD, CSV.replace("120", "122"), "1995-S1", false);

		api.createDataset(walidata, dataset(slugA, "Aaa Terbatas " + wordA, "dlh-19", "TERBATAS", wordA, hiddenTag));
		releaseA = api.uploadRelease(walidata, slugA, CSV, "1991-T2", true);

		api.createDataset(walidata, dataset(slugB, "Aaa Tertutup " + wordB, "disdukcapil-19", "TERTUTUP", wordB,
				hiddenTag));
		releaseB = api.uploadRelease(walidata, slugB, CSV, "1992-S2", true);
		attachmentB = api.attachPdf(walidata, slugB, releaseB, "Lampiran " + wordB);

		api.createDataset(walidata, dataset(slugC, "Aaa Draf " + wordC, "dlh-19", "TERBUKA", wordC, hiddenTag));
		draftC = api.uploadRelease(walidata, slugC, CSV, "1993-07", false);
		attachmentC = api.attachPdf(walidata, slugC, draftC, "Lampiran " + wordC);

		for (String caller : API_CALLERS) {
			apiAfter.put(caller, apiView(caller));
		}
		for (String caller : PORTAL_CALLERS) {
			portalAfter.put(caller, portalView(caller));
		}
	}

	static Map<String, Object> dataset(String name, String title, String org, String akses, String... tags) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", title);
		d.put("notes", "Uji kebocoran akses: " + title);
		d.put("owner_org", org);
		d.put("groups", List.of(Map.of("name", "lingkungan-hidup")));
		d.put("tags", java.util.Arrays.stream(tags).map(t -> Map.of("name", t)).toList());
		d.put("extras", List.of(Map.of("key", "akses", "value", akses), Map.of("key", "data_prioritas", "value", "true"),
				Map.of("key", "data_induk", "value", "true"), Map.of("key", "frekuensi", "value", "TAHUNAN"),
				Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
				Map.of("key", "jenis_data", "value", "STATISTIK")));
		return d;
	}

	// ---- who sees what ------------------------------------------------------------------------------

	/** caller → visible among A, B, C, D, and how many releases of D (the rest are drafts or withdrawn). */
	record Expectation(String user, boolean a, boolean b, boolean c, int releasesOfD) {

		/** Whether to check the portal pages too (the API is checked for everyone). */
		boolean portal() {
			return !Set.of("produsen.pangkalpinang", "produsen.dinkes", "ppid", Demo.ADMIN).contains(user);
		}

	}

	static final List<Expectation> MATRIX = List.of(new Expectation("", false, false, false, 1),
			new Expectation(Demo.PENGGUNA, false, false, false, 1),
			new Expectation(Demo.WALIDATA_PANGKALPINANG, false, false, false, 1),
			new Expectation("produsen.pangkalpinang", false, false, false, 1),
			new Expectation("koordinator", true, false, false, 1), new Expectation("produsen.dinkes", true, false, false, 3),
			new Expectation(Demo.PRODUSEN, true, true, false, 1), new Expectation(Demo.PEMBINA, true, true, true, 3),
			new Expectation("ppid", true, true, true, 3), new Expectation(Demo.WALIDATA, true, true, true, 3),
			new Expectation(Demo.ADMIN, true, true, true, 3));

	@Test
	void eachRoleSeesExactlyWhatItMayThroughTheApiAndThePortal() throws Exception {
		for (Expectation e : MATRIX) {
			String token = e.user().isEmpty() ? null : CkanApi.token(e.user());
			Map<String, Boolean> visible = Map.of(slugA, e.a(), slugB, e.b(), slugC, e.c(), slugD, true);
			visible.forEach((slug, shown) -> {
				try {
					Answer a = api.get("package_show", token, "id", slug);
					assertThat(a.status()).as(e.user() + " package_show " + slug).isEqualTo(shown ? 200 : 404);
					if (e.portal()) {
						int page = portal(get("/dataset/" + slug), e.user()).getStatus();
						assertThat(page).as(e.user() + " /dataset/" + slug).isEqualTo(shown ? 200 : 404);
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			JsonNode d = api.get("package_show", token, "id", slugD).ok().result();
			List<String> tables = new ArrayList<>();
			d.path("resources").forEach(r -> {
				if (r.path("datastore_active").asBoolean()) {
					tables.add(r.path("id").asString());
				}
			});
			assertThat(tables).as(e.user() + " sees releases of D").hasSize(e.releasesOfD()).contains(publishedD);
			if (e.releasesOfD() == 1) {
				assertThat(d.toString()).as(e.user()).doesNotContain(withdrawnD, draftD, attachmentWithdrawnD, "1994-T3",
						"1995-S1");
			}
			else {
				assertThat(tables).contains(withdrawnD, draftD);
			}
			// include_private lists exactly the restricted ones the caller may see
			Answer search = api.get("package_search", token, "fq", "tags:" + hiddenTag, "include_private", "true");
			List<String> found = names(search.ok().result().path("results"));
			List<String> expected = new ArrayList<>();
			if (e.a()) {
				expected.add(slugA);
			}
			if (e.b()) {
				expected.add(slugB);
			}
			if (e.c()) {
				expected.add(slugC);
			}
			assertThat(found).as(e.user() + " include_private").containsExactlyInAnyOrderElementsOf(expected);
			assertThat(search.result().path("count").asLong()).isEqualTo(expected.size());
			// and never without include_private
			assertThat(api.get("package_search", token, "fq", "tags:" + hiddenTag).ok().result().path("count").asLong())
				.as(e.user()).isZero();
		}
	}

	// ---- CKAN API --------------------------------------------------------------------------------------

	@Test
	void apiCountsFacetsAndListsGrowOnlyByThePublicRelease() {
		Map<String, Map<String, Long>> dOnly = new TreeMap<>(Map.of("organization", Map.of("dinkes-19", 1L), "groups",
				// res_format counts the resources package_show lists: the table (CSV) and the attachment (PDF)
				Map.of("lingkungan-hidup", 1L), "res_format", Map.of("CSV", 1L, "PDF", 1L),
				"periode", Map.of("1996", 1L), "data_prioritas", Map.of("true", 1L), "data_induk", Map.of("true", 1L),
				"jenis_data", Map.of("STATISTIK", 1L), "tingkat_penyajian", Map.of("KABUPATEN_KOTA", 1L)));
		for (String caller : List.of("", Demo.PENGGUNA, Demo.WALIDATA_PANGKALPINANG)) {
			ApiView before = apiBefore.get(caller);
			ApiView after = apiAfter.get(caller);
			assertThat(after.count() - before.count()).as(caller + " count").isEqualTo(1);
			assertThat(after.countPrivate() - before.countPrivate()).as(caller + " count with include_private")
				.isEqualTo(1);
			assertThat(diffFacets(before.facets(), after.facets())).as(caller + " facets").isEqualTo(dOnly);
			assertThat(diffFacets(before.facetsPrivate(), after.facetsPrivate())).as(caller + " facets with include_private")
				.isEqualTo(dOnly);
			assertThat(diff(before.organizations(), after.organizations())).as(caller + " organization_list")
				.isEqualTo(Map.of("dinkes-19", 1L));
			assertThat(diff(before.groups(), after.groups())).as(caller + " group_list")
				.isEqualTo(Map.of("lingkungan-hidup", 1L));
			assertThat(minus(after.packages(), before.packages())).as(caller + " package_list").containsExactly(slugD);
			assertThat(minus(after.tags(), before.tags())).as(caller + " tag_list").containsExactly(wordD);
			assertThat(after.facets().toString() + after.facetsPrivate()).doesNotContain(HIDDEN_PERIODS);
		}

		// the positive side: the province's other roles see the TERBATAS one, its Walidata all four
		ApiView koordinator = apiAfter.get("koordinator");
		assertThat(koordinator.countPrivate() - apiBefore.get("koordinator").countPrivate()).isEqualTo(2);
		assertThat(diff(apiBefore.get("koordinator").organizations(), koordinator.organizations()))
			.isEqualTo(Map.of("dinkes-19", 1L, "dlh-19", 1L));
		ApiView walidata = apiAfter.get(Demo.WALIDATA);
		ApiView walidataBefore = apiBefore.get(Demo.WALIDATA);
		assertThat(walidata.count() - walidataBefore.count()).isEqualTo(1);
		assertThat(walidata.countPrivate() - walidataBefore.countPrivate()).isEqualTo(4);
		assertThat(diff(walidataBefore.organizations(), walidata.organizations()))
			.isEqualTo(Map.of("dinkes-19", 1L, "dlh-19", 2L, "disdukcapil-19", 1L));
		assertThat(diff(walidataBefore.groups(), walidata.groups())).isEqualTo(Map.of("lingkungan-hidup", 4L));
		assertThat(diffFacets(walidataBefore.facetsPrivate(), walidata.facetsPrivate()).get("periode"))
			.isEqualTo(Map.of("1996", 1L, "1991-T2", 1L, "1992-S2", 1L));
		// package_list and tag_list are the public catalog's, whoever asks
		assertThat(minus(walidata.packages(), walidataBefore.packages())).containsExactly(slugD);
		assertThat(walidata.tags()).doesNotContain(hiddenTag, wordA);
	}

	@Test
	void searchingForTheWordsFindsNothingHidden() throws Exception {
		for (String caller : OUTSIDERS) {
			String token = caller.isEmpty() ? null : CkanApi.token(caller);
			for (String word : List.of(wordA, wordB, wordC, hiddenTag)) {
				for (String priv : List.of("false", "true")) {
					Answer a = api.get("package_search", token, "q", word, "include_private", priv).ok();
					assertThat(a.result().path("count").asLong()).as(caller + " q=" + word).isZero();
				}
				assertThat(strings(api.get("tag_list", token, "query", word).ok().result())).as(caller).isEmpty();
			}
			assertThat(names(api.get("package_search", token, "q", wordD).ok().result().path("results")))
				.containsExactly(slugD);
		}
		assertThat(names(api.get("package_search", CkanApi.token("koordinator"), "q", wordA, "include_private", "true")
			.ok().result().path("results"))).containsExactly(slugA);
	}

	@Test
	void organizationAndGroupShowListNothingHidden() throws Exception {
		for (String caller : OUTSIDERS) {
			String token = caller.isEmpty() ? null : CkanApi.token(caller);
			for (String org : List.of("dlh-19", "disdukcapil-19", "dinkes-19")) {
				JsonNode o = api.get("organization_show", token, "id", org, "include_datasets", "true").ok().result();
				assertThat(o.path("package_count").asLong()).as(caller + " " + org)
					.isEqualTo(apiAfter.get(caller).organizations().get(org));
				assertThat(o.toString()).as(caller + " " + org).doesNotContain(slugA, slugB, slugC, draftD, withdrawnD);
			}
			JsonNode g = api.get("group_show", token, "id", "lingkungan-hidup", "include_datasets", "true").ok().result();
			assertThat(g.path("package_count").asLong()).isEqualTo(apiAfter.get(caller).groups().get("lingkungan-hidup"));
			assertThat(g.toString()).as(caller).doesNotContain(slugA, slugB, slugC, draftD, withdrawnD);
			assertThat(names(g.path("packages"))).as(caller).contains(slugD);
		}
		JsonNode dlh = api.get("organization_show", CkanApi.token(Demo.WALIDATA), "id", "dlh-19").ok().result();
		assertThat(dlh.path("package_count").asLong()).isEqualTo(apiAfter.get(Demo.WALIDATA).organizations().get("dlh-19"))
			.isGreaterThan(apiAfter.get("").organizations().get("dlh-19"));
	}

	@Test
	void resourcesOfHiddenReleasesAreNotFound() throws Exception {
		List<String> hidden = List.of(releaseA, releaseB, attachmentB, draftC, attachmentC, withdrawnD,
				attachmentWithdrawnD, draftD);
		for (String caller : OUTSIDERS) {
			String token = caller.isEmpty() ? null : CkanApi.token(caller);
			for (String id : hidden) {
				Answer a = api.get("resource_show", token, "id", id).notFound();
				assertThat(a.body()).doesNotContain(slugA, slugB, slugC, "1994-T3");
			}
			for (String id : List.of(releaseA, releaseB, draftC, withdrawnD, draftD)) {
				api.get("datastore_search", token, "resource_id", id).notFound();
				api.post("datastore_search", token, Map.of("id", id, "limit", 1)).notFound();
			}
			api.get("resource_show", token, "id", publishedD).ok();
			api.get("resource_show", token, "id", attachmentD).ok();
			assertThat(api.get("datastore_search", token, "resource_id", publishedD).ok().result().path("total").asLong())
				.isEqualTo(3);
		}
		// the positive side
		String walidata = CkanApi.token(Demo.WALIDATA);
		for (String id : hidden) {
			api.get("resource_show", walidata, "id", id).ok();
		}
		api.get("datastore_search", CkanApi.token("koordinator"), "resource_id", releaseA).ok();
		api.get("datastore_search", CkanApi.token("koordinator"), "resource_id", releaseB).notFound();
		api.get("datastore_search", CkanApi.token(Demo.PRODUSEN), "resource_id", releaseB).ok();
		api.get("datastore_search", CkanApi.token(Demo.PEMBINA), "resource_id", draftC).ok();
		assertThat(api.get("datastore_search", walidata, "resource_id", draftD).ok().result().path("records").get(0)
			.path("jumlah").asLong()).isEqualTo(122);
	}

	@Test
	void sqlOverAHiddenReleaseFailsLikeAMissingTable() throws Exception {
		String missing = UUID.randomUUID().toString();
		for (String caller : OUTSIDERS) {
			String token = caller.isEmpty() ? null : CkanApi.token(caller);
			String unknown = api.sqlError(token, "SELECT * FROM \"" + missing + "\"").replace(missing, "X");
			for (String id : List.of(releaseA, releaseB, draftC, withdrawnD, draftD)) {
				assertThat(api.sqlError(token, "SELECT * FROM \"" + id + "\"").replace(id, "X")).as(caller + " " + id)
					.isEqualTo(unknown);
				if (caller.isEmpty()) {
					// nor hidden behind a readable table
					assertThat(api.sqlError(token, "SELECT * FROM \"" + publishedD + "\" p JOIN \"" + id
							+ "\" h USING (nama_kecamatan)")).contains(id);
					assertThat(api.sqlError(token, "SELECT (SELECT count(*) FROM \"" + id + "\") AS n")).contains(id);
				}
			}
			JsonNode ok = api.get("datastore_search_sql", token, "sql", "SELECT count(*) AS n FROM \"" + publishedD + "\"")
				.ok().result();
			assertThat(ok.path("records").get(0).path("n").asLong()).isEqualTo(3);
		}
		// the positive side: who may read them, may query them
		String walidata = CkanApi.token(Demo.WALIDATA);
		for (String id : List.of(releaseA, releaseB, draftC, withdrawnD, draftD)) {
			assertThat(api.get("datastore_search_sql", walidata, "sql", "SELECT count(*) AS n FROM \"" + id + "\"").ok()
				.result().path("records").get(0).path("n").asLong()).isEqualTo(3);
		}
		api.get("datastore_search_sql", CkanApi.token("koordinator"), "sql", "SELECT * FROM \"" + releaseA + "\"").ok();
	}

	// ---- portal ------------------------------------------------------------------------------------

	@Test
	void portalSearchCountsAndFacetsGrowOnlyByThePublicRelease() {
		Map<String, Map<String, Long>> dOnly = Map.of("organisasi", Map.of("dinkes-19", 1L), "topik",
				Map.of("lingkungan-hidup", 1L), "jenis_data", Map.of("STATISTIK", 1L), "tahun", Map.of("1996", 1L),
				"prioritas", Map.of("true", 1L), "format", Map.of("CSV", 1L, "XLSX", 1L, "JSON", 1L, "PARQUET", 1L,
						"PDF", 1L),
				"tingkat_penyajian", Map.of("KABUPATEN_KOTA", 1L));
		for (String caller : List.of("", Demo.PENGGUNA)) {
			PortalView before = portalBefore.get(caller);
			PortalView after = portalAfter.get(caller);
			assertThat(after.total() - before.total()).as(caller + " total").isEqualTo(1);
			assertThat(diffFacets(before.facets(), after.facets())).as(caller + " facets").isEqualTo(dOnly);
			assertThat(after.statistik().get(0) - before.statistik().get(0)).as(caller + " datasets on beranda")
				.isEqualTo(1);
			assertThat(after.statistik().get(1) - before.statistik().get(1)).as(caller + " releases on beranda")
				.isEqualTo(1);
			assertThat(after.statistik().get(3) - before.statistik().get(3)).as(caller + " prioritas on beranda")
				.isEqualTo(1);
			assertThat(after.statistik().get(2)).as(caller + " producers on beranda")
				.isEqualTo(after.facets().get("organisasi").size());
			assertThat(diff(before.organizations(), after.organizations())).as(caller + " /organisasi")
				.isEqualTo(Map.of("dinkes-19", 1L));
		}
		PortalView before = portalBefore.get(Demo.WALIDATA);
		PortalView after = portalAfter.get(Demo.WALIDATA);
		assertThat(after.total() - before.total()).isEqualTo(4);
		assertThat(diffFacets(before.facets(), after.facets()).get("organisasi"))
			.isEqualTo(Map.of("dinkes-19", 1L, "dlh-19", 2L, "disdukcapil-19", 1L));
		assertThat(diffFacets(before.facets(), after.facets()).get("tahun"))
			.isEqualTo(Map.of("1996", 1L, "1991-T2", 1L, "1992-S2", 1L));
		assertThat(after.statistik().get(1) - before.statistik().get(1)).as("published releases A, B, D").isEqualTo(3);
	}

	@Test
	void portalPagesShowNothingHidden() throws Exception {
		List<String> ids = List.of(slugA, slugB, slugC, releaseA, releaseB, attachmentB, draftC, attachmentC, withdrawnD,
				attachmentWithdrawnD, draftD);
		List<String> words = List.of(wordA, wordB, wordC, hiddenTag);
		for (String caller : OUTSIDERS) {
			for (String path : List.of("/", "/dataset", "/dataset?q=" + wordA, "/dataset?q=" + hiddenTag,
					"/dataset?urut=NAMA", "/dataset?prioritas=true", "/dataset?organisasi=dlh-19",
					"/dataset?organisasi=disdukcapil-19", "/dataset?topik=lingkungan-hidup", "/organisasi",
					"/organisasi/dlh-19", "/organisasi/disdukcapil-19", "/organisasi/dinkes-19", "/data-prioritas",
					"/data-induk", "/dataset/" + slugD, "/dataset/" + slugD + "?rilis=" + withdrawnD,
					"/dataset/" + slugD + "?rilis=" + draftD, "/sitemap.xml")) {
				MockHttpServletResponse r = portal(get(path), caller);
				assertThat(r.getStatus()).as(caller + " " + path).isEqualTo(200);
				String html = r.getContentAsString(StandardCharsets.UTF_8);
				if (path.contains("?rilis=")) {
					// asked for by id, a hidden release is not shown (not even its id echoed): the published one is
					assertThat(Jsoup.parse(html).selectFirst("#periode-rilis").text()).as(caller + " " + path)
						.contains("1996");
				}
				assertThat(html).as(caller + " " + path).doesNotContain(ids).doesNotContain(HIDDEN_PERIODS);
				if (!path.contains("q=")) {
					// (a search page repeats the words searched for)
					assertThat(html).as(caller + " " + path).doesNotContain(words);
				}
			}
			for (String path : List.of("/", "/dataset", "/data-prioritas", "/data-induk", "/sitemap.xml",
					"/dataset?q=" + wordD)) {
				assertThat(portal(get(path), caller).getContentAsString(StandardCharsets.UTF_8)).as(caller + " " + path)
					.contains("/dataset/" + slugD);
			}
		}
		// the positive side: the Walidata's pages do show them
		String home = portal(get("/"), Demo.WALIDATA).getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("/dataset/" + slugA, "/dataset/" + slugB);
		String page = portal(get("/dataset/" + slugD), Demo.WALIDATA).getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(withdrawnD, draftD);
		assertThat(portal(get("/dataset?q=" + hiddenTag), Demo.WALIDATA).getContentAsString(StandardCharsets.UTF_8))
			.contains("/dataset/" + slugA, "/dataset/" + slugB, "/dataset/" + slugC);
		assertThat(portal(get("/organisasi/dlh-19"), "koordinator").getContentAsString(StandardCharsets.UTF_8))
			.contains("/dataset/" + slugA).doesNotContain(slugC);
	}

	@Test
	void newestReleasesOnTheHomePageAreOnlyPublicOnes() throws Exception {
		for (String caller : OUTSIDERS) {
			Document home = Jsoup.parse(portal(get("/"), caller).getContentAsString(StandardCharsets.UTF_8));
			List<String> newest = home.select("#rilis-terbaru a").eachAttr("href");
			assertThat(newest).as(caller).isNotEmpty();
			assertThat(String.join(" ", newest)).as(caller).contains("/dataset/" + slugD)
				.doesNotContain(slugA, slugB, slugC);
		}
		Document home = Jsoup.parse(portal(get("/"), Demo.WALIDATA).getContentAsString(StandardCharsets.UTF_8));
		assertThat(String.join(" ", home.select("#rilis-terbaru a").eachAttr("href"))).contains(slugA, slugB);
	}

	@Test
	void jsonLdOfAPublicDatasetNamesOnlyItsPublishedRelease() throws Exception {
		for (String caller : List.of("", Demo.PENGGUNA, Demo.WALIDATA)) {
			Document page = Jsoup.parse(portal(get("/dataset/" + slugD), caller).getContentAsString(StandardCharsets.UTF_8));
			Element script = page.selectFirst("script[type=\"application/ld+json\"]");
			assertThat(script).isNotNull();
			JsonNode ld = json.readTree(script.data());
			assertThat(ld.path("@type").asString()).isEqualTo("Dataset");
			List<String> urls = new ArrayList<>();
			ld.path("distribution").forEach(d -> urls.add(d.path("contentUrl").asString()));
			assertThat(urls).as(caller).isNotEmpty()
				.allSatisfy(u -> assertThat(u).contains("/rilis/" + publishedD + "/unduh."));
			assertThat(script.data()).doesNotContain(withdrawnD, draftD, "1994", "1995");
		}
	}

	@Test
	void downloadsChartsAndAttachmentsOfHiddenReleasesAreNotFound() throws Exception {
		Map<String, String> hiddenTables = new LinkedHashMap<>();
		hiddenTables.put(releaseA, slugA);
		hiddenTables.put(releaseB, slugB);
		hiddenTables.put(draftC, slugC);
		hiddenTables.put(withdrawnD, slugD);
		hiddenTables.put(draftD, slugD);
		Map<String, String> hiddenAttachments = Map.of(attachmentB, slugB, attachmentC, slugC, attachmentWithdrawnD,
				slugD);
		for (String caller : OUTSIDERS) {
			for (Map.Entry<String, String> t : hiddenTables.entrySet()) {
				for (String format : caller.isEmpty() ? List.of("csv", "xlsx", "json", "parquet") : List.of("csv")) {
					String path = "/dataset/" + t.getValue() + "/rilis/" + t.getKey() + "/unduh." + format;
					assertThat(portal(get(path), caller).getStatus()).as(caller + " " + path).isEqualTo(404);
				}
				if (caller.isEmpty()) {
					// nor under the public dataset's name
					assertThat(portal(get("/dataset/" + slugD + "/rilis/" + t.getKey() + "/unduh.csv"), caller)
						.getStatus()).isEqualTo(404);
				}
				MockHttpServletResponse chart = portal(get("/dataset/" + t.getValue() + "/grafik").param("rilis", t.getKey())
					.param("x", "kategori").param("y", "jumlah"), caller);
				assertThat(chart.getStatus()).as(caller + " chart " + t).isEqualTo(404);
				assertThat(chart.getContentAsString()).doesNotContain("Laki-laki");
			}
			hiddenAttachments.forEach((uuid, slug) -> {
				try {
					MockHttpServletResponse r = portal(get("/dataset/" + slug + "/lampiran/" + uuid), caller);
					assertThat(r.getStatus()).as(caller + " attachment of " + slug).isEqualTo(404);
					assertThat(r.getContentAsString()).doesNotContain("%PDF");
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});

			// the published release of D is there for everyone
			for (String format : List.of("csv", "xlsx", "json", "parquet")) {
				assertThat(portal(get("/dataset/" + slugD + "/rilis/" + publishedD + "/unduh." + format), caller)
					.getStatus()).as(caller + " " + format).isEqualTo(200);
			}
			assertThat(portal(get("/dataset/" + slugD + "/grafik").param("rilis", publishedD).param("x", "kategori")
				.param("y", "jumlah"), caller).getStatus()).isEqualTo(200);
			MockHttpServletResponse pdf = portal(get("/dataset/" + slugD + "/lampiran/" + attachmentD), caller);
			assertThat(pdf.getStatus()).isEqualTo(200);
			assertThat(pdf.getContentAsString()).startsWith("%PDF");
		}
		// the positive side: those who may, download and chart them
		for (Map.Entry<String, String> t : hiddenTables.entrySet()) {
			MockHttpServletResponse csv = portal(get("/dataset/" + t.getValue() + "/rilis/" + t.getKey() + "/unduh.csv"),
					Demo.WALIDATA);
			assertThat(csv.getStatus()).as(t.toString()).isEqualTo(200);
			assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Bukit Intan");
			assertThat(portal(get("/dataset/" + t.getValue() + "/grafik").param("rilis", t.getKey()).param("x", "kategori")
				.param("y", "jumlah"), Demo.PEMBINA).getStatus()).isEqualTo(200);
		}
		hiddenAttachments.forEach((uuid, slug) -> {
			try {
				assertThat(portal(get("/dataset/" + slug + "/lampiran/" + uuid), Demo.WALIDATA).getStatus()).isEqualTo(200);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(portal(get("/dataset/" + slugA + "/rilis/" + releaseA + "/unduh.csv"), "koordinator").getStatus())
			.isEqualTo(200);
		assertThat(portal(get("/dataset/" + slugB + "/lampiran/" + attachmentB), Demo.PRODUSEN).getStatus())
			.isEqualTo(200);
	}

	// ---- snapshots ---------------------------------------------------------------------------------

	/** What the API tells a caller about the whole catalog. */
	record ApiView(long count, long countPrivate, Map<String, Map<String, Long>> facets,
			Map<String, Map<String, Long>> facetsPrivate, Map<String, Long> organizations, Map<String, Long> groups,
			Set<String> packages, Set<String> tags) {
	}

	ApiView apiView(String caller) throws Exception {
		String token = caller.isEmpty() ? null : CkanApi.token(caller);
		String facetFields = json.writeValueAsString(API_FACETS);
		JsonNode search = api.get("package_search", token, "rows", "0", "facet.field", facetFields, "facet.limit", "-1")
			.ok().result();
		JsonNode withPrivate = api.get("package_search", token, "rows", "0", "facet.field", facetFields, "facet.limit",
				"-1", "include_private", "true").ok().result();
		Map<String, Long> orgs = new TreeMap<>();
		api.get("organization_list", token, "all_fields", "true").ok().result()
			.forEach(o -> orgs.put(o.path("name").asString(), o.path("package_count").asLong()));
		Map<String, Long> groups = new TreeMap<>();
		api.get("group_list", token, "all_fields", "true").ok().result()
			.forEach(g -> groups.put(g.path("name").asString(), g.path("package_count").asLong()));
		return new ApiView(search.path("count").asLong(), withPrivate.path("count").asLong(), facets(search),
				facets(withPrivate), orgs, groups, new TreeSet<>(strings(api.get("package_list", token).ok().result())),
				new TreeSet<>(strings(api.get("tag_list", token).ok().result())));
	}

	private static Map<String, Map<String, Long>> facets(JsonNode result) {
		Map<String, Map<String, Long>> out = new TreeMap<>();
		result.path("facets").properties().forEach(f -> {
			Map<String, Long> counts = new TreeMap<>();
			f.getValue().properties().forEach(v -> counts.put(v.getKey(), v.getValue().asLong()));
			out.put(f.getKey(), counts);
		});
		return out;
	}

	/** What the portal shows a caller: search total and facets, the home page figures, producers' counts. */
	record PortalView(long total, Map<String, Map<String, Long>> facets, List<Long> statistik,
			Map<String, Long> organizations) {
	}

	PortalView portalView(String caller) throws Exception {
		Document search = Jsoup.parse(portal(get("/dataset"), caller).getContentAsString(StandardCharsets.UTF_8));
		long total = firstNumber(search.selectFirst("#jumlah-hasil").text());
		Map<String, Map<String, Long>> facets = new TreeMap<>();
		for (Element fieldset : search.select("fieldset[id^=\"facet-\"]")) {
			Map<String, Long> counts = new TreeMap<>();
			for (Element option : fieldset.select("div.form-check")) {
				counts.put(option.selectFirst("input").attr("value"),
						firstNumber(option.selectFirst("label span.text-secondary").text()));
			}
			facets.put(fieldset.id().substring("facet-".length()), counts);
		}
		Document home = Jsoup.parse(portal(get("/"), caller).getContentAsString(StandardCharsets.UTF_8));
		List<Long> statistik = home.select(".sd-stat .angka").eachText().stream()
			.map(t -> Long.parseLong(t.replace(".", "").strip())).toList();
		assertThat(statistik).hasSize(4);
		Document orgs = Jsoup.parse(portal(get("/organisasi"), caller).getContentAsString(StandardCharsets.UTF_8));
		Map<String, Long> organizations = new TreeMap<>();
		for (Element card : orgs.select("a.sd-card[href^=\"/organisasi/\"]")) {
			organizations.put(card.attr("href").substring("/organisasi/".length()),
					firstNumber(card.selectFirst(".small").text()));
		}
		assertThat(organizations).isNotEmpty();
		return new PortalView(total, facets, statistik, organizations);
	}

	/** The number in a count text ("12 dataset", "1.234 dataset"); the texts for none have no number. */
	private static long firstNumber(String text) {
		if (text.startsWith("Tidak ada") || text.startsWith("Belum ada")) {
			return 0;
		}
		Matcher m = Pattern.compile("\\d[\\d.]*").matcher(text);
		assertThat(m.find()).as("a number in " + text).isTrue();
		return Long.parseLong(m.group().replace(".", ""));
	}

	MockHttpServletResponse portal(MockHttpServletRequestBuilder request, String caller) throws Exception {
		if (!caller.isEmpty()) {
			request.with(accounts.as(caller));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	// ---- helpers -------------------------------------------------------------------------------------

	/** The counts that changed (after − before), leaving out what stayed. */
	static <K> Map<K, Long> diff(Map<K, Long> before, Map<K, Long> after) {
		Map<K, Long> out = new TreeMap<>();
		Set<K> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (K k : keys) {
			long d = after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L);
			if (d != 0) {
				out.put(k, d);
			}
		}
		return out;
	}

	static Map<String, Map<String, Long>> diffFacets(Map<String, Map<String, Long>> before,
			Map<String, Map<String, Long>> after) {
		Map<String, Map<String, Long>> out = new TreeMap<>();
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String k : keys) {
			Map<String, Long> d = diff(before.getOrDefault(k, Map.<String, Long>of()), after.getOrDefault(k, Map.of()));
			if (!d.isEmpty()) {
				out.put(k, d);
			}
		}
		return out;
	}

	static List<String> minus(Set<String> after, Set<String> before) {
		return after.stream().filter(s -> !before.contains(s)).toList();
	}

	static List<String> names(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.path("name").asString()));
		return out;
	}

	static List<String> strings(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.asString()));
		return out;
	}

}
