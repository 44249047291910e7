package id.satudata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.storage.FileStore;
import id.satudata.test.CkanApi;
import id.satudata.test.CkanApi.Answer;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CKAN's write actions for sync tools, each with its happy path, its authorization refusal and its
 * validation error: package_update (replace), package_patch, package_delete (hidden, restorable),
 * dataset_purge, resource_update/patch/delete, datastore_create/upsert (a new release version per
 * write) and datastore_info; and two clients' request sequences replayed as they send them:
 * {@code ckanapi load} of an existing dataset (ckanapi/cli/load.py) and Jackan's update and delete.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CkanSyncIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);
	static final String ADMIN = CkanApi.token(Demo.ADMIN);
	static final String OTHER_WALIDATA = CkanApi.token(Demo.WALIDATA_PANGKALPINANG);
	static final String PRODUSEN = CkanApi.token(Demo.PRODUSEN);
	static final AtomicInteger SEQ = new AtomicInteger();

	static final String CSV = """
			kecamatan,tahun,jumlah
			Bukit Intan,2023,120
			Gerunggang,2023,90
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileStore fileStore;

	@Autowired
	SatuDataProperties properties;

	CkanApi api;
	String word;

	@BeforeAll
	void setUp() {
		api = new CkanApi(mvc, json);
		word = "sinkron" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
	}

	/** A public dataset with a schema (kecamatan and tahun as key) and a published 2023 release. */
	private String dataset(boolean publish) throws Exception {
		String name = word + "-" + SEQ.incrementAndGet();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Sinkron " + name);
		d.put("notes", "Catatan awal " + word);
		d.put("owner_org", "disdukcapil-19");
		d.put("groups", List.of(Map.of("name", "kependudukan")));
		d.put("tags", List.of(Map.of("name", word), Map.of("name", "awal")));
		d.put("maintainer", "Seksi Data");
		d.put("maintainer_email", "data@example.go.id");
		d.put("extras", List.of(Map.of("key", "satuan", "value", "jiwa"), Map.of("key", "frekuensi", "value", "BULANAN")));
		api.createDataset(WALIDATA, d);
		mvc.perform(post("/kelola/dataset/{s}/skema", name).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kecamatan").param("kolom[0].label", "Kecamatan").param("kolom[0].tipe", "TEKS")
			.param("kolom[0].wajib", "true").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "tahun").param("kolom[1].label", "Tahun").param("kolom[1].tipe", "BILANGAN_BULAT")
			.param("kolom[1].wajib", "true").param("kolom[1].kunci", "true")
			.param("kolom[2].nama", "jumlah").param("kolom[2].label", "Jumlah").param("kolom[2].tipe", "BILANGAN_BULAT")
			.param("kolom[2].wajib", "true").param("kolom[2].nilaiMin", "0"));
		api.uploadRelease(WALIDATA, name, CSV, "2023", publish);
		return name;
	}

	private String releaseOf(String name) throws Exception {
		for (JsonNode r : api.get("package_show", WALIDATA, "id", name).ok().result().path("resources")) {
			if (r.path("datastore_active").asBoolean()) {
				return r.path("id").asString();
			}
		}
		throw new AssertionError("no release in " + name);
	}

	private String link(String name, String release, String title) throws Exception {
		return api.upload("resource_create", WALIDATA, null, null, "package_id", name, "rilis_id", release, "url",
				"https://contoh.go.id/" + title, "name", title).ok().result().path("id").asString();
	}

	private long audits(String action, String name) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE aksi = ? AND ringkasan LIKE ?", Long.class,
				action, name + "%");
	}

	private static List<String> ids(JsonNode resources) {
		List<String> out = new ArrayList<>();
		resources.forEach(r -> out.add(r.path("id").asString()));
		return out;
	}

	private static List<String> tags(JsonNode p) {
		List<String> out = new ArrayList<>();
		p.path("tags").forEach(t -> out.add(t.path("name").asString()));
		return out;
	}

	private static String extra(JsonNode p, String key) {
		for (JsonNode e : p.path("extras")) {
			if (e.path("key").asString().equals(key)) {
				return e.path("value").asString();
			}
		}
		return null;
	}

	// ---- package_update / package_patch ------------------------------------------------------------

	@Test
	void packageUpdateReplacesTheDatasetAsCkanDoes() throws Exception {
		String name = dataset(true);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", name);
		body.put("title", "Judul baru " + word);
		body.put("tags", List.of(Map.of("name", "baru")));
		Answer a = api.post("package_update", WALIDATA, body).ok();
		JsonNode p = a.result();
		assertThat(p.path("title").asString()).isEqualTo("Judul baru " + word);
		// what CKAN clears when it is not sent
		assertThat(p.path("notes").isNull() || p.path("notes").asString().isEmpty()).as(p.toString()).isTrue();
		assertThat(tags(p)).containsExactly("baru");
		assertThat(p.path("groups")).isEmpty();
		assertThat(p.path("maintainer").isNull()).isTrue();
		assertThat(extra(p, "satuan")).isNull();
		// what SDI requires keeps its value
		assertThat(extra(p, "frekuensi")).isEqualTo("BULANAN");
		assertThat(p.path("organization").path("name").asString()).isEqualTo("disdukcapil-19");
		// resources not sent: untouched
		assertThat(p.path("num_resources").asInt()).isEqualTo(1);
		assertThat(audits("dataset.diubah", name)).isEqualTo(1);

		// package_patch changes only what it is given
		JsonNode patched = api.post("package_patch", WALIDATA, Map.of("id", name, "notes", "Hanya catatan")).ok().result();
		assertThat(patched.path("notes").asString()).isEqualTo("Hanya catatan");
		assertThat(patched.path("title").asString()).isEqualTo("Judul baru " + word);
		assertThat(tags(patched)).containsExactly("baru");
	}

	@Test
	void packageUpdateIsRefusedToThoseWhoMayNotManageTheDataset() throws Exception {
		String name = dataset(true);
		Map<String, Object> body = Map.of("id", name, "title", "Dibajak");
		assertThat(api.post("package_update", OTHER_WALIDATA, body).failed(403, "Authorization Error").error()
			.path("message").asString()).startsWith("Access denied");
		api.post("package_update", PRODUSEN, body).failed(403, "Authorization Error");
		api.post("package_update", null, body).failed(403, "Authorization Error");
		api.post("package_delete", OTHER_WALIDATA, Map.of("id", name)).failed(403, "Authorization Error");
		api.post("dataset_purge", WALIDATA, Map.of("id", name)).failed(403, "Authorization Error");
		JsonNode p = api.get("package_show", null, "id", name).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Sinkron " + name);
		assertThat(p.path("state").asString()).isEqualTo("active");
	}

	@Test
	void packageUpdateValidationErrorsNameTheFieldAndChangeNothing() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		String pdf = api.attachPdf(WALIDATA, name, release, "Metodologi");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", name);
		body.put("title", "Tidak jadi");
		body.put("extras", List.of(Map.of("key", "frekuensi", "value", "SETIAP_DETIK")));
		Answer bad = api.post("package_update", WALIDATA, body).failed(409, "Validation Error");
		assertThat(bad.error().path("frekuensi").get(0).asString()).contains("SETIAP_DETIK");

		// a bad resource refuses the whole update: neither the title nor the attachments change
		body.put("extras", List.of());
		body.put("resources", List.of(Map.of("id", release), Map.of("name", "tanpa alamat", "url", "ftp://x")));
		Answer badResource = api.post("package_update", WALIDATA, body).failed(409, "Validation Error");
		assertThat(badResource.error().path("resources").get(0).asString()).contains("2").contains("url");
		JsonNode p = api.get("package_show", WALIDATA, "id", name).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Sinkron " + name);
		assertThat(ids(p.path("resources"))).containsExactly(release, pdf);
		api.post("package_update", WALIDATA, Map.of("id", name, "state", "hilang")).failed(409, "Validation Error");
	}

	// ---- package_create with inline resources -----------------------------------------------------------

	@Test
	void packageCreateTakesInlineUrlResourcesAllOrNothing() throws Exception {
		String name = word + "-inline-" + SEQ.incrementAndGet();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("title", "Sebaris " + name);
		d.put("owner_org", "disdukcapil-19");
		Map<String, Object> bps = Map.of("name", "Portal BPS", "url", "https://bps.go.id/tabel/1", "format", "HTML");
		// another portal's uploaded file, as ckanapi dump writes it: a link to it here
		Map<String, Object> other = Map.of("name", "Berkas portal lain", "url", "https://portal-lain.go.id/data.csv",
				"url_type", "upload");
		d.put("resources", List.of(bps, other, Map.of("name", "Rusak", "url", "bukan alamat")));
		Answer refused = api.post("package_create", WALIDATA, d).failed(409, "Validation Error");
		assertThat(refused.error().path("resources")).hasSize(1);
		assertThat(refused.error().path("resources").get(0).asString()).contains("3").contains("url");
		api.get("package_show", WALIDATA, "id", name).notFound();

		d.put("resources", List.of(bps, other));
		api.post("package_create", PRODUSEN, d).failed(403, "Authorization Error");
		JsonNode created = api.post("package_create", WALIDATA, d).ok().result();
		assertThat(created.path("num_resources").asInt()).isEqualTo(2);
		JsonNode first = created.path("resources").get(0);
		assertThat(first.path("url").asString()).isEqualTo("https://bps.go.id/tabel/1");
		assertThat(first.path("name").asString()).isEqualTo("Portal BPS");
		assertThat(first.path("datastore_active").asBoolean(true)).isFalse();
		String link = first.path("id").asString();
		assertThat(audits("lampiran.ditambah", name)).isEqualTo(2);
		assertThat(api.post("resource_patch", WALIDATA, Map.of("id", link, "description", "Tabel induk")).ok().result()
			.path("description").asString()).isEqualTo("Tabel induk");

		// the links are the dataset's: shown with it once it is published
		api.get("resource_show", null, "id", link).notFound();
		mvc.perform(post("/kelola/dataset/{s}/skema", name).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kecamatan").param("kolom[0].label", "Kecamatan").param("kolom[0].tipe", "TEKS"));
		String release = api.uploadRelease(WALIDATA, name, "kecamatan\nBukit Intan\n", "2023", true);
		JsonNode p = api.get("package_show", null, "id", name).ok().result();
		assertThat(ids(p.path("resources"))).hasSize(3).startsWith(release).contains(link);
		assertThat(p.path("num_resources").asInt()).isEqualTo(3);
		assertThat(api.get("resource_show", null, "id", link).ok().result().path("description").asString())
			.isEqualTo("Tabel induk");
		assertThat(mvc.perform(get("/dataset/{s}", name)).andReturn().getResponse().getContentAsString(
				StandardCharsets.UTF_8)).contains("Portal BPS");
		assertThat(mvc.perform(get("/dataset/{s}/lampiran/{u}", name, link)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("https://bps.go.id/tabel/1");

		// package_update with the list: a link not listed is removed
		ObjectNode dump = (ObjectNode) api.get("package_show", WALIDATA, "id", name).ok().result();
		ArrayNode kept = json.createArrayNode();
		dump.path("resources").forEach(r -> {
			if (!r.path("name").asString().equals("Berkas portal lain")) {
				kept.add(r);
			}
		});
		dump.set("resources", kept);
		JsonNode updated = api.post("package_update", WALIDATA, json.convertValue(dump, Map.class)).ok().result();
		assertThat(ids(updated.path("resources"))).containsExactly(release, link);
	}

	// ---- package_delete and restore -----------------------------------------------------------------

	@Test
	void deletedDatasetsDisappearForThePublicAndComeBackWhenRestored() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		assertVisible(name, release, true);

		assertThat(api.post("package_delete", WALIDATA, Map.of("id", name)).ok().result().isNull()).isTrue();
		assertVisible(name, release, false);
		// its editor still reads it, as CKAN shows a deleted dataset to its editors
		JsonNode editor = api.get("package_show", WALIDATA, "id", name).ok().result();
		assertThat(editor.path("state").asString()).isEqualTo("deleted");
		// and its editor's search does not find it either (CKAN's package_search leaves deleted datasets out)
		assertThat(api.get("package_search", WALIDATA, "q", "name:" + name, "include_private", "true").ok().result()
			.path("count").asLong()).isZero();
		assertThat(audits("dataset.dihapus", name)).isEqualTo(1);

		JsonNode restored = api.post("package_patch", WALIDATA, Map.of("id", name, "state", "active")).ok().result();
		assertThat(restored.path("state").asString()).isEqualTo("active");
		assertVisible(name, release, true);
		assertThat(audits("dataset.dipulihkan", name)).isEqualTo(1);
	}

	private void assertVisible(String name, String release, boolean visible) throws Exception {
		Answer show = api.get("package_show", null, "id", name);
		assertThat(show.status()).as("package_show " + name).isEqualTo(visible ? 200 : 404);
		List<String> list = new ArrayList<>();
		api.get("package_list", null).ok().result().forEach(n -> list.add(n.asString()));
		assertThat(list.contains(name)).as("package_list").isEqualTo(visible);
		long found = api.get("package_search", null, "q", "name:" + name).ok().result().path("count").asLong();
		assertThat(found).as("package_search").isEqualTo(visible ? 1 : 0);
		assertThat(api.get("resource_show", null, "id", release).status()).isEqualTo(visible ? 200 : 404);
		assertThat(api.get("datastore_search", null, "resource_id", release).status()).isEqualTo(visible ? 200 : 404);
		int page = mvc.perform(get("/dataset/{s}", name)).andReturn().getResponse().getStatus();
		assertThat(page).as("portal page").isEqualTo(visible ? 200 : 404);
		int csv = mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.csv", name, release)).andReturn().getResponse()
			.getStatus();
		assertThat(csv).as("download").isEqualTo(visible ? 200 : 404);
	}

	// ---- dataset_purge --------------------------------------------------------------------------------

	@Test
	void purgeRemovesTheDatasetWithItsFilesForAdministratorsOnly() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		api.attachPdf(WALIDATA, name, release, "Metodologi");
		String table = jdbc.queryForObject("SELECT storage_key FROM rilis WHERE uuid = ?", String.class, release);
		String file = jdbc.queryForObject("SELECT l.storage_key FROM lampiran l JOIN rilis r ON r.id = l.rilis_id "
				+ "WHERE r.uuid = ? AND l.storage_key IS NOT NULL", String.class, release);
		try (InputStream in = fileStore.open(file)) {
			assertThat(in.readAllBytes()).isNotEmpty();
		}
		api.post("dataset_purge", WALIDATA, Map.of("id", name)).failed(403, "Authorization Error");
		api.post("dataset_purge", ADMIN, Map.of("id", name)).ok();

		api.get("package_show", ADMIN, "id", name).notFound();
		api.get("resource_show", ADMIN, "id", release).notFound();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM rilis WHERE uuid = ?", Long.class, release)).isZero();
		// looked for on disk: asking the store would record a missing file in the shared context's health
		assertThat(Files.exists(properties.dataDir().resolve("files").resolve(file))).as("attachment file").isFalse();
		assertThat(Files.exists(properties.dataDir().resolve("files").resolve(table))).as("table file").isFalse();
		assertThat(audits("dataset.dimusnahkan", name)).isEqualTo(1);
		api.post("dataset_purge", ADMIN, Map.of("id", name)).notFound();
	}

	// ---- resources ----------------------------------------------------------------------------------

	@Test
	void resourceUpdatePatchAndDeleteChangeAttachmentsAndWithdrawReleases() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		String link = api.upload("resource_create", WALIDATA, null, null, "package_id", name, "rilis_id", release, "url",
				"https://contoh.go.id/a", "name", "Tautan", "description", "Keterangan").ok().result().path("id").asString();

		JsonNode patched = api.post("resource_patch", WALIDATA, Map.of("id", link, "name", "Tautan baru")).ok().result();
		assertThat(patched.path("name").asString()).isEqualTo("Tautan baru");
		assertThat(patched.path("description").asString()).isEqualTo("Keterangan");
		JsonNode updated = api.post("resource_update", WALIDATA, Map.of("id", link, "name", "Tautan lain", "url",
				"https://contoh.go.id/b")).ok().result();
		assertThat(updated.path("url").asString()).isEqualTo("https://contoh.go.id/b");
		assertThat(updated.path("description").isNull() || updated.path("description").asString().isEmpty()).isTrue();
		assertThat(audits("lampiran.diubah", name)).isEqualTo(2);

		// refused: another government's Walidata, a bad URL, replacing a release's table
		api.post("resource_patch", OTHER_WALIDATA, Map.of("id", link, "name", "x")).failed(403, "Authorization Error");
		api.post("resource_delete", OTHER_WALIDATA, Map.of("id", release)).failed(403, "Authorization Error");
		assertThat(api.post("resource_patch", WALIDATA, Map.of("id", link, "url", "javascript:alert(1)"))
			.failed(409, "Validation Error").error().has("url")).isTrue();
		assertThat(api.upload("resource_patch", WALIDATA, "x.csv", CSV.getBytes(StandardCharsets.UTF_8), "id", release)
			.failed(409, "Validation Error").error().has("upload")).isTrue();
		// a release's fields are derived from its data: an update changes nothing
		assertThat(api.post("resource_update", WALIDATA, Map.of("id", release, "name", "Lain")).ok().result()
			.path("name").asString()).isNotEqualTo("Lain");

		api.post("resource_delete", WALIDATA, Map.of("id", link)).ok();
		api.get("resource_show", WALIDATA, "id", link).notFound();
		// a published release is withdrawn, not erased: the public no longer sees it, its editors do
		api.post("resource_delete", WALIDATA, Map.of("id", release)).ok();
		api.get("resource_show", null, "id", release).notFound();
		assertThat(api.get("resource_show", WALIDATA, "id", release).ok().result().path("status_rilis").asString())
			.isEqualTo("DITARIK");
	}

	// ---- DataStore --------------------------------------------------------------------------------

	@Test
	void datastoreInfoGivesFieldsWithTypesAndTheRowCount() throws Exception {
		String name = dataset(true);
		JsonNode info = api.get("datastore_info", null, "id", releaseOf(name)).ok().result();
		assertThat(info.path("meta").path("count").asLong()).isEqualTo(2);
		List<String> fields = new ArrayList<>();
		info.path("fields").forEach(f -> fields.add(f.path("id").asString() + ":" + f.path("type").asString()));
		assertThat(fields).containsExactly("kecamatan:text", "tahun:int", "jumlah:int");
		assertThat(info.path("fields").get(0).path("schema").path("is_index").asBoolean()).isTrue();
		api.get("datastore_info", null, "id", UUID.randomUUID().toString()).notFound();
	}

	@Test
	void datastoreUpsertWritesANewReleaseVersionKeyedOnTheSchemasKey() throws Exception {
		String name = dataset(true);
		String v1 = releaseOf(name);
		Answer a = api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "method", "upsert", "records",
				List.of(Map.of("kecamatan", "Gerunggang", "tahun", 2023, "jumlah", 95),
						Map.of("kecamatan", "Taman Sari", "tahun", 2023, "jumlah", 40)))).ok();
		String v2 = a.result().path("resource_id").asString();
		assertThat(v2).isNotEqualTo(v1).hasSize(36);
		assertThat(a.result().path("versi").asInt()).isEqualTo(2);
		assertThat(a.result().path("status_rilis").asString()).isEqualTo("TERBIT");
		assertThat(rows(v2)).containsExactly("Bukit Intan=120", "Gerunggang=95", "Taman Sari=40");
		// the release written before stays as it was
		assertThat(rows(v1)).containsExactly("Bukit Intan=120", "Gerunggang=90");

		// a client that keeps the first id writes onto the period's newest version
		String v3 = api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "method", "update", "records",
				List.of(Map.of("kecamatan", "Bukit Intan", "tahun", 2023, "jumlah", 121)))).ok().result()
			.path("resource_id").asString();
		assertThat(rows(v3)).containsExactly("Bukit Intan=121", "Gerunggang=95", "Taman Sari=40");
		String v4 = api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v3, "method", "insert", "records",
				List.of(Map.of("kecamatan", "Rangkui", "tahun", 2023, "jumlah", 7)))).ok().result().path("resource_id")
			.asString();
		assertThat(rows(v4)).hasSize(4).contains("Rangkui=7");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE aksi = 'rilis.dibuat' AND ringkasan LIKE ?",
				Long.class, name + " 2023 v%")).isEqualTo(4);
	}

	@Test
	void datastoreWritesAreValidatedWithTheDatasetSchemaInCkansErrorShape() throws Exception {
		String name = dataset(true);
		String v1 = releaseOf(name);
		Answer negative = api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "records",
				List.of(Map.of("kecamatan", "Gerunggang", "tahun", 2023, "jumlah", -5)))).failed(409, "Validation Error");
		assertThat(negative.error().path("records").get(0).asString()).contains("jumlah").contains("-5");
		assertThat(negative.json().path("success").asBoolean(true)).isFalse();
		Answer text = api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "records",
				List.of(Map.of("kecamatan", "Gerunggang", "tahun", 2023, "jumlah", "banyak")))).failed(409,
						"Validation Error");
		assertThat(text.error().path("records").get(0).asString()).contains("banyak");
		assertThat(api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "records",
				List.of(Map.of("kecamatan", "Gerunggang", "tahun", 2023, "warna", "merah")))).failed(409,
						"Validation Error").error().path("fields").get(0).asString()).contains("warna");
		assertThat(api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "method", "update", "records",
				List.of(Map.of("kecamatan", "Tidak Ada", "tahun", 2023, "jumlah", 1)))).failed(409, "Validation Error")
			.error().path("records").get(0).asString()).contains("Tidak Ada");
		assertThat(api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "method", "insert", "records",
				List.of(Map.of("kecamatan", "Gerunggang", "tahun", 2023, "jumlah", 1)))).failed(409, "Validation Error")
			.error().path("records").get(0).asString()).contains("Gerunggang");
		assertThat(api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "records",
				List.of(Map.of("tahun", 2023, "jumlah", 1)))).failed(409, "Validation Error").error().path("records")
			.get(0).asString()).contains("kecamatan");
		api.post("datastore_upsert", WALIDATA, Map.of("resource_id", v1, "method", "hapus", "records", List.of()))
			.failed(409, "Validation Error");
		// refused writers
		Map<String, Object> ok = Map.of("resource_id", v1, "records", List.of(Map.of("kecamatan", "X", "tahun", 2023,
				"jumlah", 1)));
		api.post("datastore_upsert", OTHER_WALIDATA, ok).failed(403, "Authorization Error");
		api.post("datastore_upsert", null, ok).failed(403, "Authorization Error");
		api.post("datastore_create", OTHER_WALIDATA, ok).failed(403, "Authorization Error");
		// nothing was written by any refused call
		assertThat(api.get("package_show", WALIDATA, "id", name).ok().result().path("resources")).hasSize(1);
	}

	@Test
	void datastoreCreateMakesANewPeriodsRelease() throws Exception {
		String name = dataset(true);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("resource", Map.of("package_id", name, "periode", "2024"));
		body.put("fields", List.of(Map.of("id", "kecamatan", "type", "text"), Map.of("id", "tahun", "type", "int"),
				Map.of("id", "jumlah", "type", "int")));
		body.put("records", List.of(Map.of("kecamatan", "Bukit Intan", "tahun", 2024, "jumlah", 130)));
		JsonNode created = api.post("datastore_create", WALIDATA, body).ok().result();
		assertThat(created.path("periode").asString()).isEqualTo("2024");
		assertThat(created.path("versi").asInt()).isEqualTo(1);
		// a new period starts as a draft unless asked to publish
		assertThat(created.path("status_rilis").asString()).isEqualTo("DRAFT");
		String id = created.path("resource_id").asString();
		api.get("datastore_search", null, "resource_id", id).notFound();
		assertThat(rowsAs(WALIDATA, id)).containsExactly("Bukit Intan=130");

		// with resource_id, the records are added to the period's newest version
		JsonNode added = api.post("datastore_create", WALIDATA, Map.of("resource_id", id, "records", List.of(Map.of(
				"kecamatan", "Gerunggang", "tahun", 2024, "jumlah", 80)), "terbitkan", true)).ok().result();
		assertThat(added.path("status_rilis").asString()).isEqualTo("TERBIT");
		assertThat(rows(added.path("resource_id").asString())).containsExactly("Bukit Intan=130", "Gerunggang=80");

		body.put("fields", List.of(Map.of("id", "warna", "type", "text")));
		assertThat(api.post("datastore_create", WALIDATA, body).failed(409, "Validation Error").error().path("fields")
			.get(0).asString()).contains("warna");
	}

	private List<String> rows(String resource) throws Exception {
		return rowsAs(null, resource);
	}

	private List<String> rowsAs(String token, String resource) throws Exception {
		List<String> out = new ArrayList<>();
		api.get("datastore_search", token, "resource_id", resource, "sort", "kecamatan").ok().result().path("records")
			.forEach(r -> out.add(r.path("kecamatan").asString() + "=" + r.path("jumlah").asLong()));
		return out;
	}

	// ---- cookies grant nothing on the API ------------------------------------------------------------

	@Test
	void aSignedInBrowserSessionCannotWriteThroughTheApi() throws Exception {
		String name = dataset(true);
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/masuk").with(csrf())
			.param("username", Demo.WALIDATA).param("password", Demo.PASSWORD)).andReturn().getRequest().getSession();
		for (String action : List.of("package_update", "package_delete")) {
			int status = mvc.perform(post("/api/3/action/" + action).session(session)
				.contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"" + name + "\", \"title\": \"Lewat cookie\"}"))
				.andReturn().getResponse().getStatus();
			assertThat(status).as(action).isEqualTo(403);
		}
		JsonNode p = api.get("package_show", null, "id", name).ok().result();
		assertThat(p.path("title").asString()).isEqualTo("Sinkron " + name);
		assertThat(p.path("state").asString()).isEqualTo("active");
	}

	// ---- real clients' sequences ----------------------------------------------------------------------

	/**
	 * {@code ckanapi load datasets} of a JSON line for an existing dataset, as load.py's worker sends it:
	 * package_show by the line's id (with include_datasets and include_password_hash), then by its name
	 * when the id is unknown (a line dumped from another portal), the existing id copied into the line,
	 * then package_update with the whole line, resources included.
	 */
	@Test
	void ckanapiLoadUpdatesAnExistingDataset() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		String keep = link(name, release, "dipertahankan");
		String drop = link(name, release, "dibuang");
		ObjectNode line = (ObjectNode) api.get("package_show", WALIDATA, "id", name).ok().result();
		// the line as ckanapi dump wrote it, edited: another portal's id, a new title, tags, resources
		line.put("id", UUID.randomUUID().toString());
		line.put("title", "Dimuat ckanapi " + word);
		ArrayNode tags = line.putArray("tags");
		tags.addObject().put("name", "dimuat");
		ArrayNode resources = json.createArrayNode();
		for (JsonNode r : line.path("resources")) {
			if (r.path("id").asString().equals(keep)) {
				((ObjectNode) r).put("name", "Dipertahankan, dinamai ulang");
				resources.add(r);
			}
			else if (!r.path("id").asString().equals(drop)) {
				resources.add(r);
			}
		}
		resources.addObject().put("id", UUID.randomUUID().toString()).put("name", "Sumber portal lain")
			.put("url", "https://portal-lain.go.id/data.csv").put("format", "CSV");
		line.set("resources", resources);
		Map<String, Object> obj = json.convertValue(line, json.getTypeFactory().constructMapType(LinkedHashMap.class,
				String.class, Object.class));

		// the worker: show by id (not found), then by name
		Map<String, Object> showById = new LinkedHashMap<>();
		showById.put("id", obj.get("id"));
		showById.put("include_datasets", false);
		showById.put("include_password_hash", true);
		api.post("package_show", WALIDATA, showById).notFound();
		JsonNode existing = api.post("package_show", WALIDATA, Map.of("id", name)).ok().result();
		obj.put("id", existing.path("id").asString());
		// the organization and group the line names exist here
		api.post("organization_show", WALIDATA, Map.of("id", obj.get("owner_org"))).ok();
		api.post("group_show", WALIDATA, Map.of("id", "kependudukan")).ok();
		JsonNode r = api.post("package_update", WALIDATA, obj).ok().result();

		assertThat(r.path("id").asString()).isEqualTo(existing.path("id").asString());
		assertThat(r.path("name").asString()).isEqualTo(name);
		assertThat(r.path("title").asString()).isEqualTo("Dimuat ckanapi " + word);
		assertThat(tags(r)).containsExactly("dimuat");
		assertThat(r.path("notes").asString()).isEqualTo("Catatan awal " + word);
		assertThat(extra(r, "satuan")).isEqualTo("jiwa");
		Map<String, String> byId = new LinkedHashMap<>();
		r.path("resources").forEach(x -> byId.put(x.path("id").asString(), x.path("name").asString()));
		assertThat(byId).containsKey(release).containsEntry(keep, "Dipertahankan, dinamai ulang").doesNotContainKey(drop);
		assertThat(byId.values()).contains("Sumber portal lain");
		assertThat(byId).hasSize(3);

		// a dump taken now and loaded back changes nothing
		ObjectNode again = (ObjectNode) api.get("package_show", WALIDATA, "id", name).ok().result();
		JsonNode reloaded = api.post("package_update", WALIDATA, json.convertValue(again, Map.class)).ok().result();
		assertThat(ids(reloaded.path("resources"))).isEqualTo(ids(again.path("resources")));
		assertThat(reloaded.path("title").asString()).isEqualTo(again.path("title").asString());
		assertThat(tags(reloaded)).isEqualTo(tags(again));
		assertThat(extra(reloaded, "satuan")).isEqualTo("jiwa");
	}

	/**
	 * Jackan's {@code CkanClient.updateDataset} (package_update with the whole dataset, nulls included)
	 * and {@code deleteDataset} (package_delete with the id), then restoring the dataset.
	 */
	@Test
	void jackanUpdatesAndDeletesADataset() throws Exception {
		String name = dataset(true);
		String release = releaseOf(name);
		ObjectNode dataset = (ObjectNode) api.get("package_show", WALIDATA, "id", name).ok().result();
		dataset.put("notes", "Diperbarui Jackan");
		dataset.putNull("author");
		dataset.putNull("version");
		dataset.put("private", false);
		String id = dataset.path("id").asString();
		JsonNode updated = api.post("package_update", WALIDATA, json.convertValue(dataset, Map.class)).ok().result();
		assertThat(updated.path("notes").asString()).isEqualTo("Diperbarui Jackan");
		assertThat(updated.path("id").asString()).isEqualTo(id);
		assertThat(ids(updated.path("resources"))).containsExactly(release);

		api.post("package_delete", WALIDATA, Map.of("id", id)).ok();
		assertVisible(name, release, false);
		// restored by an update with state active, as CKAN restores
		dataset.put("state", "active");
		api.post("package_update", WALIDATA, json.convertValue(dataset, Map.class)).ok();
		assertVisible(name, release, true);
	}

}
