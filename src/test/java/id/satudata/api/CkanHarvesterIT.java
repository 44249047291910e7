package id.satudata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real CKAN clients' searches, replayed as they send them: ckanext-harvest's CKAN harvester (its gather
 * stage pages {@code package_search} with {@code rows}/{@code start} and {@code sort=id asc}, adds
 * {@code fq} terms for organization include/exclude filters and, on incremental runs,
 * {@code metadata_modified:[<gather start - 1h>Z TO *]}, joined by spaces; then every dataset is read
 * with {@code package_show}), Jackan's {@code CkanQuery} filters ({@code ((organization:"x"))}), and the
 * query syntax harvesters and portals send in {@code q}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CkanHarvesterIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	CkanApi api;
	String word;
	String pendidikan;
	String kesehatan1;
	String kesehatan2;
	String kependudukan;
	String draf;
	String terbatas;

	@BeforeAll
	void createDatasets() throws Exception {
		api = new CkanApi(mvc, json);
		word = "panen" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		pendidikan = word + "-a";
		kesehatan1 = word + "-b";
		kesehatan2 = word + "-c";
		kependudukan = word + "-d";
		draf = word + "-e";
		terbatas = word + "-f";
		String release = create(pendidikan, "disdik-19", List.of(word, "sekolah"), "TERBUKA", true);
		api.attachPdf(WALIDATA, pendidikan, release, "Metodologi " + word);
		create(kesehatan1, "dinkes-19", List.of(word), "TERBUKA", true);
		create(kesehatan2, "dinkes-19", List.of(word), "TERBUKA", true);
		create(kependudukan, "disdukcapil-19", List.of(word), "TERBUKA", true);
		create(draf, "dinkes-19", List.of(word), "TERBUKA", false);
		create(terbatas, "dinkes-19", List.of(word), "TERBATAS", true);
	}

	private String create(String name, String org, List<String> tags, String akses, boolean publish) throws Exception {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Panen " + name);
		d.put("notes", "Dataset uji harvester " + word);
		d.put("owner_org", org);
		d.put("groups", List.of(Map.of("name", "kesehatan")));
		d.put("tags", tags.stream().map(t -> Map.of("name", t)).toList());
		d.put("extras", List.of(Map.of("key", "akses", "value", akses)));
		api.createDataset(WALIDATA, d);
		return api.uploadRelease(WALIDATA, name, CkanApi.CSV_KECAMATAN, "2023", publish);
	}

	// ---- ckanext-harvest's CKAN harvester ---------------------------------------------------------

	/** The harvester's _search_for_datasets: pages of 100 (here 7, to page), sort=id asc, fq joined by spaces. */
	private List<JsonNode> gather(List<String> fqTerms) throws Exception {
		List<JsonNode> out = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		int rows = 7;
		for (int start = 0;; start += rows) {
			List<String> params = new ArrayList<>(List.of("rows", String.valueOf(rows), "start", String.valueOf(start),
					"sort", "id asc"));
			if (!fqTerms.isEmpty()) {
				params.addAll(List.of("fq", String.join(" ", fqTerms)));
			}
			JsonNode page = api.get("package_search", null, params.toArray(String[]::new)).ok().result().path("results");
			if (page.isEmpty()) {
				break;
			}
			for (JsonNode p : page) {
				assertThat(ids.add(p.path("id").asString())).as("no duplicate while paging").isTrue();
				out.add(p);
			}
			assertThat(start).as("paging ends").isLessThan(10_000);
		}
		List<String> order = out.stream().map(p -> p.path("id").asString()).toList();
		assertThat(order).as("sort=id asc").isSorted();
		return out;
	}

	/** What the public may harvest: every dataset package_list names, by id, with its organization. */
	private Map<String, String> publicDatasets() throws Exception {
		Map<String, String> out = new LinkedHashMap<>();
		for (JsonNode name : api.get("package_list", null).ok().result()) {
			JsonNode p = api.get("package_show", null, "id", name.asString()).ok().result();
			out.put(p.path("id").asString(), p.path("organization").path("name").asString());
		}
		return out;
	}

	private static Set<String> ids(List<JsonNode> packages) {
		Set<String> out = new LinkedHashSet<>();
		packages.forEach(p -> out.add(p.path("id").asString()));
		return out;
	}

	private static Set<String> names(List<JsonNode> packages) {
		Set<String> out = new LinkedHashSet<>();
		packages.forEach(p -> out.add(p.path("name").asString()));
		return out;
	}

	@Test
	void harvesterGathersEveryPublicDatasetAndNothingElse() throws Exception {
		Map<String, String> expected = publicDatasets();
		List<JsonNode> gathered = gather(List.of());
		assertThat(ids(gathered)).containsExactlyInAnyOrderElementsOf(expected.keySet());
		assertThat(names(gathered)).contains(pendidikan, kesehatan1, kesehatan2, kependudukan).doesNotContain(draf,
				terbatas);
		// the fetch/import stage: package_show by the gathered id gives the same dataset
		for (JsonNode p : gathered) {
			JsonNode shown = api.get("package_show", null, "id", p.path("id").asString()).ok().result();
			assertThat(shown.path("name").asString()).isEqualTo(p.path("name").asString());
			assertThat(shown.path("private").asBoolean(true)).isFalse();
		}
	}

	@Test
	void harvesterOrganizationFiltersIncludeAndExclude() throws Exception {
		Map<String, String> expected = publicDatasets();
		// organizations_filter_include: one fq term "organization:a OR organization:b"
		List<JsonNode> included = gather(List.of("organization:disdik-19 OR organization:dinkes-19"));
		assertThat(ids(included)).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
			.filter(e -> e.getValue().equals("disdik-19") || e.getValue().equals("dinkes-19")).map(Map.Entry::getKey)
			.toList());
		assertThat(names(included)).contains(pendidikan, kesehatan1, kesehatan2).doesNotContain(kependudukan, draf,
				terbatas);
		// organizations_filter_exclude: one "-organization:x" term per organization
		List<JsonNode> excluded = gather(List.of("-organization:dinkes-19", "-organization:disdik-19"));
		assertThat(ids(excluded)).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
			.filter(e -> !e.getValue().equals("disdik-19") && !e.getValue().equals("dinkes-19"))
			.map(Map.Entry::getKey).toList());
		assertThat(names(excluded)).contains(kependudukan).doesNotContain(pendidikan, kesehatan1);
	}

	@Test
	void harvesterIncrementalRunsGatherWhatChangedSince() throws Exception {
		// the harvester sends the naive UTC isoformat() of (last gather start - 1 hour), with "Z" appended
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS).minusMillis(1);
		Thread.sleep(5);
		api.post("package_patch", WALIDATA, Map.of("id", kesehatan2, "notes", "Diubah untuk panen " + word)).ok();
		api.post("package_patch", WALIDATA, Map.of("id", kependudukan, "notes", "Diubah untuk panen " + word)).ok();
		String since = "metadata_modified:[" + LocalDateTime.ofInstant(before, ZoneOffset.UTC) + "Z TO *]";
		assertThat(names(gather(List.of(since)))).containsExactlyInAnyOrder(kesehatan2, kependudukan);
		// with the include filter, as the harvester joins them: "a OR b" and the range both apply
		assertThat(names(gather(List.of("organization:disdik-19 OR organization:dinkes-19", since))))
			.containsExactly(kesehatan2);
		assertThat(names(gather(List.of("-organization:dinkes-19", since)))).containsExactly(kependudukan);
		// a range in the future: nothing; open at the lower end: everything before
		assertThat(gather(List.of("metadata_modified:[NOW+1DAY TO *]"))).isEmpty();
		String upTo = "metadata_modified:[* TO " + LocalDateTime.ofInstant(before, ZoneOffset.UTC) + "Z}";
		assertThat(names(gather(List.of(upTo, "tags:" + word)))).containsExactlyInAnyOrder(pendidikan, kesehatan1);
	}

	// ---- Jackan and other clients' queries ---------------------------------------------------------

	@Test
	void jackanParenthesizedFilters() throws Exception {
		assertThat(search("fq", "((organization:\"dinkes-19\")) AND ((tags:\"" + word + "\"))"))
			.containsExactlyInAnyOrder(kesehatan1, kesehatan2);
		assertThat(search("fq", "((groups:\"kesehatan\")) AND ((tags:\"" + word + "\")) AND ((res_format:\"PDF\"))"))
			.containsExactly(pendidikan);
		assertThat(search("fq", "((license_id:\"CC-BY-4.0\")) AND ((tags:\"" + word + "\" AND tags:\"sekolah\"))"))
			.containsExactly(pendidikan);
	}

	@Test
	void qMatchAllAndOr() throws Exception {
		long all = count("q", "*:*");
		assertThat(all).isEqualTo(count()).isGreaterThanOrEqualTo(4);
		assertThat(count("q", "*:*", "fq", "tags:" + word)).isEqualTo(4);
		long penduduk = count("q", "penduduk");
		long wilayah = count("q", "wilayah");
		long both = count("q", "penduduk OR wilayah");
		assertThat(penduduk).isPositive();
		assertThat(both).isGreaterThanOrEqualTo(Math.max(penduduk, wilayah)).isLessThanOrEqualTo(penduduk + wilayah);
		assertThat(count("q", "penduduk AND wilayah")).isLessThanOrEqualTo(Math.min(penduduk, wilayah));
		assertThat(count("q", "penduduk -penduduk")).isZero();
		// phrases and fields in q
		assertThat(search("q", "notes:\"uji harvester\" tags:" + word)).hasSize(4);
	}

	@Test
	void fieldsWildcardsRangesAndSorts() throws Exception {
		String ours = "tags:" + word;
		assertThat(search("fq", ours + " name:" + word + "-a*")).containsExactly(pendidikan);
		assertThat(search("fq", ours + " -name:" + word + "-a")).containsExactlyInAnyOrder(kesehatan1, kesehatan2,
				kependudukan);
		assertThat(search("fq", ours + " num_tags:[2 TO *]")).containsExactly(pendidikan);
		assertThat(search("fq", ours + " num_tags:{1 TO 2]")).containsExactly(pendidikan);
		assertThat(search("fq", ours + " num_resources:[2 TO *]")).containsExactly(pendidikan);
		assertThat(search("fq", ours + " num_resources:1")).containsExactlyInAnyOrder(kesehatan1, kesehatan2,
				kependudukan);
		assertThat(search("fq", ours + " state:active dataset_type:dataset capacity:public")).hasSize(4);
		assertThat(search("fq", ours + " state:deleted")).isEmpty();
		assertThat(search("fq", ours + " extras_akses:TERBUKA extras_periode:2023")).hasSize(4);
		String id = api.get("package_show", null, "id", kesehatan1).ok().result().path("id").asString();
		assertThat(search("fq", "id:" + id)).containsExactly(kesehatan1);
		assertThat(search("fq", ours + " metadata_created:[NOW-1DAY TO NOW+1DAY]")).hasSize(4);
		// res_format lists what package_show lists: tables are CSV; XLSX is a download, not a resource
		assertThat(search("fq", ours + " res_format:CSV")).hasSize(4);
		assertThat(search("fq", ours + " res_format:XLSX")).isEmpty();
		// several sort keys
		assertThat(search("fq", ours, "sort", "organization asc, name desc")).containsExactly(kesehatan2, kesehatan1,
				pendidikan, kependudukan);
		assertThat(search("fq", ours, "sort", "num_resources desc, name asc")).containsExactly(pendidikan, kesehatan1,
				kesehatan2, kependudukan);
	}

	@Test
	void aQueryNeverWidensWhatTheCallerSees() throws Exception {
		String ours = "tags:" + word;
		assertThat(search("fq", ours + " capacity:private")).isEmpty();
		assertThat(search("fq", ours + " extras_akses:TERBATAS")).isEmpty();
		assertThat(search("fq", ours + " OR name:" + terbatas)).doesNotContain(terbatas, draf);
		assertThat(search("q", "*:*", "fq", ours, "include_private", "true")).doesNotContain(terbatas, draf);
		// the Walidata sees its private datasets when it asks for them
		List<String> own = names(api.get("package_search", WALIDATA, "fq", ours + " capacity:private", "include_private",
				"true").ok().result().path("results"));
		assertThat(own).containsExactlyInAnyOrder(draf, terbatas);
		assertThat(names(api.get("package_search", CkanApi.token(Demo.PENGGUNA), "fq", ours + " capacity:private",
				"include_private", "true").ok().result().path("results"))).isEmpty();
	}

	// ---- read helpers sync tools call ---------------------------------------------------------------

	@Test
	void versionAnswersForClientsVersionCheck() throws Exception {
		for (String path : List.of("/api/3", "/api/3/action")) {
			CkanApi.Answer a = api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path),
					null);
			assertThat(a.status()).as(path).isEqualTo(200);
			assertThat(a.json().path("version").asInt()).as(path).isEqualTo(3);
		}
	}

	@Test
	void licenseFormatAndPackageAutocomplete() throws Exception {
		JsonNode licenses = api.get("license_list", null).ok().result();
		List<String> ids = new ArrayList<>();
		licenses.forEach(l -> ids.add(l.path("id").asString()));
		assertThat(ids).contains("CC-BY-4.0", "CC0-1.0", "ODC-ODbL-1.0");
		assertThat(licenses.get(0).path("title").asString()).isNotBlank();
		assertThat(licenses.get(0).path("url").asString()).startsWith("https://");

		assertThat(strings(api.get("format_autocomplete", null, "q", "cs").ok().result())).containsExactly("csv");
		assertThat(strings(api.get("format_autocomplete", null, "q", "P").ok().result())).contains("pdf");
		assertThat(strings(api.get("format_autocomplete", null, "q", "xls").ok().result())).doesNotContain("xlsx");

		JsonNode byName = api.get("package_autocomplete", null, "q", word + "-", "limit", "10").ok().result();
		assertThat(names(byName)).containsExactly(pendidikan, kesehatan1, kesehatan2, kependudukan);
		assertThat(byName.get(0).path("match_field").asString()).isEqualTo("name");
		assertThat(byName.get(0).path("title").asString()).isEqualTo("Panen " + pendidikan);
		assertThat(api.get("package_autocomplete", null, "q", word, "limit", "2").ok().result().size()).isEqualTo(2);
		api.get("package_autocomplete", null).failed(409, "Validation Error");
	}

	@Test
	void currentPackageListResourceViewsOrganizationsAndUsers() throws Exception {
		JsonNode current = api.get("current_package_list_with_resources", null, "limit", "1000").ok().result();
		List<String> names = names(current);
		assertThat(names).contains(pendidikan, kesehatan1).doesNotContain(draf, terbatas);
		List<String> modified = new ArrayList<>();
		current.forEach(p -> modified.add(p.path("metadata_modified").asString()));
		assertThat(modified).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(current.get(0).has("resources")).isTrue();

		String resource = api.get("package_show", null, "id", kesehatan1).ok().result().path("resources").get(0)
			.path("id").asString();
		assertThat(api.get("resource_view_list", null, "id", resource).ok().result().isArray()).isTrue();
		api.get("resource_view_list", null, "id", java.util.UUID.randomUUID().toString()).notFound();

		assertThat(api.get("organization_list_for_user", null).ok().result().size()).isZero();
		JsonNode mine = api.get("organization_list_for_user", WALIDATA).ok().result();
		assertThat(names(mine)).contains("dinkes-19", "disdik-19").doesNotContain("disdik-19-71");
		assertThat(mine.get(0).path("id").asString()).hasSize(36);
		assertThat(api.get("organization_list_for_user", CkanApi.token(Demo.PENGGUNA)).ok().result().size()).isZero();

		JsonNode me = api.get("user_show", WALIDATA, "id", Demo.WALIDATA).ok().result();
		assertThat(me.path("name").asString()).isEqualTo(Demo.WALIDATA);
		assertThat(me.path("sysadmin").asBoolean(true)).isFalse();
		assertThat(api.get("user_show", WALIDATA).ok().result().path("name").asString()).isEqualTo(Demo.WALIDATA);
		api.get("user_show", WALIDATA, "id", Demo.ADMIN).failed(403, "Authorization Error");
		api.get("user_show", null, "id", Demo.WALIDATA).failed(403, "Authorization Error");
		assertThat(api.get("user_show", CkanApi.token(Demo.ADMIN), "id", Demo.WALIDATA).ok().result().path("name")
			.asString()).isEqualTo(Demo.WALIDATA);
	}

	private static List<String> strings(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.asString()));
		return out;
	}

	// ---- helpers --------------------------------------------------------------------------------------

	private List<String> search(String... params) throws Exception {
		List<String> p = new ArrayList<>(List.of(params));
		p.addAll(List.of("rows", "1000"));
		return names(api.get("package_search", null, p.toArray(String[]::new)).ok().result().path("results"));
	}

	private static List<String> names(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach(n -> out.add(n.path("name").asString()));
		return out;
	}

	private long count(String... params) throws Exception {
		List<String> p = new ArrayList<>(List.of(params));
		p.addAll(List.of("rows", "0"));
		return api.get("package_search", null, p.toArray(String[]::new)).ok().result().path("count").asLong();
	}

}
