package id.satudata.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous reading creates no session, and only what the public may see is ever marked cacheable
 * or served from the page cache: public pages carry a validator and a short public lifetime; a
 * signed-in user's pages, restricted datasets and errors stay {@code private, no-store}; a change
 * (a dataset made TERTUTUP, a title edited) is seen by the public on the very next request.
 */
@IntegrationTest
class BacaanPublikTanpaSesiIT {

	static final String CSV = """
			nama_kecamatan,kategori,tahun,jumlah
			Bukit Intan,Laki-laki,2023,120
			Gerunggang,Perempuan,2023,95
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

	String release;

	@BeforeEach
	void publicDataset() throws Exception {
		api = new CkanApi(mvc, json);
		slug = "baca-publik-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		api.createDataset(WALIDATA, dataset(slug, "Bacaan Publik " + slug, "dinkes-19", "TERBUKA"));
		release = api.uploadRelease(WALIDATA, slug, CSV, "2023", true);
	}

	static Map<String, Object> dataset(String name, String title, String org, String akses) {
		return Map.of("name", name, "title", title, "notes", "Uji bacaan publik tanpa sesi.", "owner_org", org, "extras",
				List.of(Map.of("key", "akses", "value", akses), Map.of("key", "frekuensi", "value", "TAHUNAN"),
						Map.of("key", "tingkat_penyajian", "value", "KABUPATEN_KOTA"),
						Map.of("key", "jenis_data", "value", "STATISTIK")));
	}

	@Test
	void anonymousReadingCreatesNoSession() throws Exception {
		for (String url : List.of("/", "/?lang=en", "/dataset", "/dataset?q=penduduk", "/dataset/" + slug, "/organisasi",
				"/organisasi/dinkes-19", "/tentang", "/jadwal-rilis", "/data-prioritas", "/dataset/tidak-ada-" + slug,
				"/dataset/" + slug + "/rilis/" + release + "/unduh.csv", "/api/3/action/site_read",
				"/api/3/action/package_show?id=" + slug, "/sitemap.xml")) {
			MvcResult result = mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isIn(200, 404);
			assertThat(result.getRequest().getSession(false)).as("session made by %s", url).isNull();
			assertThat(result.getResponse().getHeader("Set-Cookie")).as(url).satisfiesAnyOf(
					c -> assertThat(c).isNull(), c -> assertThat(c).startsWith("satudata-bahasa="));
		}
	}

	@Test
	void publicPagesAreCacheableWithValidators() throws Exception {
		for (String url : List.of("/", "/dataset", "/dataset/" + slug, "/organisasi/dinkes-19")) {
			MockHttpServletResponse first = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(first.getStatus()).as(url).isEqualTo(200);
			assertThat(first.getHeader("Cache-Control")).as(url).isEqualTo("public, max-age=30");
			assertThat(first.getHeader("Vary")).as(url).isEqualTo("Cookie, Accept, HX-Request");
			assertThat(first.getHeader("Content-Security-Policy")).as(url).isNotBlank();
			String etag = first.getHeader("ETag");
			assertThat(etag).as(url).matches("\"[0-9a-f]{32}\"");

			MockHttpServletResponse again = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(again.getContentAsString()).as(url).isEqualTo(first.getContentAsString());
			assertThat(again.getHeader("ETag")).isEqualTo(etag);
			assertThat(again.getContentType()).startsWith("text/html");
			assertThat(again.getHeader("Content-Security-Policy")).as("security headers on a kept page").isNotBlank();

			MockHttpServletResponse notModified = mvc.perform(get(url).header("If-None-Match", etag)).andReturn()
				.getResponse();
			assertThat(notModified.getStatus()).as(url).isEqualTo(304);
			assertThat(notModified.getContentAsByteArray()).isEmpty();
		}
	}

	@Test
	void signedInAndRestrictedAnswersAreNeverCacheable() throws Exception {
		mvc.perform(get("/dataset/" + slug)).andReturn(); // the public's page is kept now

		MockHttpServletResponse walidata = mvc.perform(get("/dataset/" + slug).with(accounts.as(Demo.WALIDATA)))
			.andReturn().getResponse();
		assertThat(walidata.getStatus()).isEqualTo(200);
		assertThat(walidata.getHeader("Cache-Control")).contains("no-store");
		assertThat(walidata.getHeader("ETag")).isNull();
		assertThat(walidata.getContentAsString()).as("the signed-in user's own page, not the public's")
			.contains("/keluar");

		String restricted = "baca-terbatas-" + slug.substring(slug.lastIndexOf('-') + 1);
		api.createDataset(WALIDATA, dataset(restricted, "Bacaan Terbatas " + restricted, "dinkes-19",
				"TERBATAS"));
		api.uploadRelease(WALIDATA, restricted, CSV, "2023", true);
		for (MockHttpServletRequestBuilder request : List.of(get("/dataset/" + restricted),
				get("/dataset/" + restricted).with(accounts.as(Demo.WALIDATA)), get("/dataset/tidak-ada-" + slug),
				get("/kelola").with(accounts.as(Demo.WALIDATA)))) {
			MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
			assertThat(r.getHeader("Cache-Control")).as(request.toString()).contains("no-store");
			assertThat(r.getHeader("ETag")).isNull();
		}
	}

	@Test
	void aChangeIsSeenByThePublicAtOnce() throws Exception {
		MockHttpServletResponse before = mvc.perform(get("/dataset/" + slug)).andReturn().getResponse();
		assertThat(before.getContentAsString()).contains("Bacaan Publik " + slug);
		assertThat(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getContentAsString())
			.contains("Bacaan Publik " + slug);

		api.post("package_patch", WALIDATA, Map.of("id", slug, "title", "Judul Baru " + slug)).ok();
		String after = mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("Judul Baru " + slug).doesNotContain("Bacaan Publik " + slug);
		assertThat(mvc.perform(get("/dataset").param("q", slug)).andReturn().getResponse().getContentAsString())
			.contains("Judul Baru " + slug);

		// the parameters are part of what is kept: another search is never answered with this one's page
		String other = mvc.perform(get("/dataset").param("q", "qwzxvkjh")).andReturn().getResponse()
			.getContentAsString();
		assertThat(other).doesNotContain("Judul Baru " + slug);

		api.post("package_patch", WALIDATA, Map.of("id", slug, "akses", "TERTUTUP")).ok();
		MockHttpServletResponse closed = mvc.perform(get("/dataset/" + slug)).andReturn().getResponse();
		assertThat(closed.getStatus()).isEqualTo(404);
		assertThat(closed.getContentAsString()).doesNotContain("Judul Baru " + slug);
		assertThat(mvc.perform(get("/dataset").param("q", slug)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Judul Baru " + slug);
	}

}
