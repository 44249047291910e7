package id.satudata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.IntegrationTest;
import jakarta.servlet.http.Cookie;

/**
 * CORS: another site may read the public API and downloads (any origin, no credentials), may not send
 * a token, and gets nothing for a cookie-authenticated call.
 */
@IntegrationTest
class PublicCorsIT {

	static final String ORIGIN = "https://portal.kabupaten.example";

	@Autowired
	MockMvc mvc;

	@Test
	void publicApiAnswersAnyOriginWithoutCredentials() throws Exception {
		MockHttpServletResponse r = mvc.perform(get("/api/3/action/package_list").header("Origin", ORIGIN)).andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(r.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(r.getHeader("Access-Control-Allow-Credentials")).isNull();
		MockHttpServletResponse v1 = mvc.perform(get("/api/v1/kode-referensi").header("Origin", ORIGIN)).andReturn()
			.getResponse();
		assertThat(v1.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void preflightAllowsReadingButNoToken() throws Exception {
		MockHttpServletResponse ok = mvc.perform(options("/api/3/action/package_search").header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"))
			.andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(ok.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(ok.getHeader("Access-Control-Allow-Methods")).contains("POST");
		MockHttpServletResponse token = mvc.perform(options("/api/3/action/package_create").header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization"))
			.andReturn().getResponse();
		assertThat(token.getStatus()).isEqualTo(403);
		assertThat(token.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void downloadsWithoutTheSessionCookieOnly() throws Exception {
		String download = "/dataset/tidak-ada/rilis/00000000-0000-4000-8000-000000000000/unduh.csv";
		MockHttpServletResponse anonymous = mvc.perform(get(download).header("Origin", ORIGIN)).andReturn().getResponse();
		assertThat(anonymous.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		MockHttpServletResponse withCookie = mvc.perform(get(download).header("Origin", ORIGIN)
			.cookie(new Cookie("SATUDATA_SESSION", "abc"))).andReturn().getResponse();
		assertThat(withCookie.getHeader("Access-Control-Allow-Origin")).isNull();
		// the DCAT descriptions, as downloads
		MockHttpServletResponse catalog = mvc.perform(get("/catalog.ttl").header("Origin", ORIGIN)).andReturn()
			.getResponse();
		assertThat(catalog.getStatus()).isEqualTo(200);
		assertThat(catalog.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		MockHttpServletResponse catalogCookie = mvc.perform(get("/catalog.jsonld").header("Origin", ORIGIN)
			.cookie(new Cookie("SATUDATA_SESSION", "abc"))).andReturn().getResponse();
		assertThat(catalogCookie.getHeader("Access-Control-Allow-Origin")).isNull();
		MockHttpServletResponse datasetRdf = mvc.perform(get("/dataset/tidak-ada.ttl").header("Origin", ORIGIN))
			.andReturn().getResponse();
		assertThat(datasetRdf.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		// pages are not shared with other sites
		MockHttpServletResponse page = mvc.perform(get("/dataset").header("Origin", ORIGIN)).andReturn().getResponse();
		assertThat(page.getHeader("Access-Control-Allow-Origin")).isNull();
	}

}
