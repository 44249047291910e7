package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object mother for the collection journey: a fresh dataset of the Disdukcapil with a population
 * schema, and the producer's and reviewers' steps taken through the real pages.
 */
public final class Pengumpulan {

	public static final String HEADER = "kode_wilayah,tahun,laki_laki,perempuan,jumlah\n";
	/** Bangka Belitung's seven kab/kota in 2024, correct. */
	public static final String BENAR = HEADER + """
			19.01,2024,171245,165009,336254
			19.02,2024,97313,93120,190433
			19.03,2024,106517,100208,206725
			19.04,2024,101003,96178,197181
			19.05,2024,104921,98773,203694
			19.06,2024,69041,66217,135258
			19.71,2024,115001,113472,228473
			""";

	private final MockMvc mvc;
	private final TestAccounts accounts;
	private final CkanApi api;
	private final JsonMapper json;

	public Pengumpulan(MockMvc mvc, TestAccounts accounts, JsonMapper json) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.api = new CkanApi(mvc, json);
		this.json = json;
	}

	/** A dataset of the provincial Disdukcapil with the population schema; returns its numeric id. */
	public long datasetPenduduk(String slug) throws Exception {
		JsonNode created = datasetDisdukcapil(slug, "Jumlah Penduduk Uji " + slug,
				"Jumlah penduduk menurut kabupaten/kota dan jenis kelamin, dataset uji pengumpulan.", "KABUPATEN_KOTA", "19");
		mvc.perform(post("/kelola/dataset/" + slug + "/skema").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kode_wilayah").param("kolom[0].label", "Kode Wilayah").param("kolom[0].tipe", "KODE")
			.param("kolom[0].kodeReferensi", "wilayah").param("kolom[0].wajib", "true").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "tahun").param("kolom[1].label", "Tahun").param("kolom[1].tipe", "BILANGAN_BULAT")
			.param("kolom[1].wajib", "true").param("kolom[1].kunci", "true").param("kolom[1].nilaiMin", "2000")
			.param("kolom[1].nilaiMax", "2100")
			.param("kolom[2].nama", "laki_laki").param("kolom[2].label", "Laki-laki").param("kolom[2].tipe", "BILANGAN_BULAT")
			.param("kolom[2].satuan", "jiwa").param("kolom[2].wajib", "true").param("kolom[2].nilaiMin", "0")
			.param("kolom[3].nama", "perempuan").param("kolom[3].label", "Perempuan").param("kolom[3].tipe", "BILANGAN_BULAT")
			.param("kolom[3].satuan", "jiwa").param("kolom[3].wajib", "true").param("kolom[3].nilaiMin", "0")
			.param("kolom[4].nama", "jumlah").param("kolom[4].label", "Jumlah").param("kolom[4].tipe", "BILANGAN_BULAT")
			.param("kolom[4].satuan", "jiwa").param("kolom[4].wajib", "true").param("kolom[4].nilaiMin", "0"));
		// the API's id is the dataset's UUID; the back office addresses the dataset by its row id
		assertThat(created.path("id").asString()).hasSize(36);
		long id = idDataset(slug);
		// the total equals its parts (an error), and regions complete per year (a warning)
		mvc.perform(post("/kelola/pengumpulan/aturan/" + id).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("jenis", "JUMLAH").param("kolom", "jumlah").param("tingkat", "GALAT").param("bagian", "laki_laki, perempuan"));
		mvc.perform(post("/kelola/pengumpulan/aturan/" + id).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("jenis", "KELENGKAPAN").param("kolom", "kode_wilayah").param("tingkat", "PERINGATAN")
			.param("tingkatWilayah", "kabupaten_kota").param("kelompok", "tahun"));
		return id;
	}

	/**
	 * A dataset of the provincial Disdukcapil (kependudukan, yearly, in jiwa) created through the CKAN API
	 * as the Walidata, without a schema yet.
	 */
	public JsonNode datasetDisdukcapil(String slug, String judul, String catatan, String tingkatPenyajian,
			String cakupanWilayah) throws Exception {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", slug);
		d.put("title", judul);
		d.put("notes", catatan);
		d.put("owner_org", "disdukcapil-19");
		d.put("license_id", "CC-BY-4.0");
		d.put("maintainer", "Disdukcapil");
		d.put("maintainer_email", "disdukcapil@demo.satudata.invalid");
		d.put("groups", List.of(Map.of("name", "kependudukan")));
		d.put("tags", List.of(Map.of("name", "penduduk")));
		d.put("extras", List.of(Map.of("key", "jenis_data", "value", "STATISTIK"),
				Map.of("key", "frekuensi", "value", "TAHUNAN"), Map.of("key", "tingkat_penyajian", "value", tingkatPenyajian),
				Map.of("key", "cakupan_wilayah", "value", cakupanWilayah), Map.of("key", "satuan", "value", "jiwa")));
		return api.createDataset(CkanApi.token(Demo.WALIDATA), d);
	}

	/** The dataset's row id, as the Walidata's dataset page links its rules. */
	public long idDataset(String slug) throws Exception {
		String link = Jsoup.parse(mvc.perform(get("/kelola/dataset/" + slug).with(accounts.as(Demo.WALIDATA))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("a#aturan-validasi").attr("href");
		return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
	}

	/** The dataset's numeric id, read from the producer's list. */
	public long datasetId(String slug) throws Exception {
		Document page = page(get("/kelola/pengumpulan"), Demo.PRODUSEN);
		String href = page.select("#daftar-kewajiban a[href^=/kelola/pengumpulan/dataset/]").stream()
			.filter(a -> a.text().contains(slug)).findFirst().orElseThrow().attr("href");
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}

	/** The producer opens (or continues) the submission of a period; returns its id. */
	public long buka(long datasetId, String periode) throws Exception {
		String location = mvc.perform(post("/kelola/pengumpulan/dataset/" + datasetId + "/pengajuan").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("periode", periode)).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/kelola/pengumpulan/pengajuan/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The submission's current row version, as its page carries it in every form. */
	public long versi(long pengajuanId, String username) throws Exception {
		String path = Demo.PRODUSEN.equals(username) || username.startsWith("produsen") ? "/kelola/pengumpulan/pengajuan/"
				: "/kelola/pemeriksaan/";
		Document page = page(get(path + pengajuanId), username);
		return Long.parseLong(page.select("#kepala-pengajuan").attr("data-version"));
	}

	/** Uploads a CSV as the producer and waits until it is checked; returns the final status JSON. */
	public JsonNode unggah(long pengajuanId, String csv) throws Exception {
		long version = versi(pengajuanId, Demo.PRODUSEN);
		MockHttpServletResponse r = mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + pengajuanId + "/unggah")
			.file(new MockMultipartFile("berkas", "penduduk-" + UUID.randomUUID() + ".csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8)))
			.param("version", String.valueOf(version)).with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.header("Accept", "application/json")).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
		String status = json.readTree(r.getContentAsString()).path("status").asString();
		return tunggu(status);
	}

	public JsonNode tunggu(String statusUrl) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String body = mvc.perform(get(statusUrl).with(accounts.as(Demo.PRODUSEN)).header("Accept", "application/json"))
				.andReturn().getResponse().getContentAsString();
			last[0] = json.readTree(body);
			return last[0].path("selesai").asBoolean();
		});
		return last[0];
	}

	/** Takes a review step through the reviewers' page; returns the flash message shown after it. */
	public String langkah(long pengajuanId, String username, String aksi, String catatan) throws Exception {
		long version = versi(pengajuanId, username);
		MockHttpServletRequestBuilder req = post("/kelola/pemeriksaan/" + pengajuanId + "/aksi").with(csrf())
			.with(accounts.as(username)).param("version", String.valueOf(version)).param("aksi", aksi);
		if (catatan != null) {
			req.param("catatan", catatan);
		}
		return flash(mvc.perform(req).andReturn().getFlashMap());
	}

	/** The producer submits; returns the flash message. */
	public String ajukan(long pengajuanId, String catatan) throws Exception {
		long version = versi(pengajuanId, Demo.PRODUSEN);
		return flash(mvc.perform(post("/kelola/pengumpulan/pengajuan/" + pengajuanId + "/ajukan").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(version)).param("catatan", catatan))
			.andReturn().getFlashMap());
	}

	public Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		MockHttpServletResponse r = mvc.perform(request.with(accounts.as(username))).andReturn().getResponse();
		assertThat(r.getStatus()).as("%s %s", request, r.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(r.getContentAsString());
	}

	private static String flash(Map<String, ?> flash) {
		Object ok = flash.get("sukses");
		Object bad = flash.get("galat");
		return bad != null ? "GALAT: " + bad : String.valueOf(ok);
	}

}
