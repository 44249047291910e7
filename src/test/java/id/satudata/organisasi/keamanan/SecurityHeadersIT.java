package id.satudata.organisasi.keamanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;

/**
 * Issue 19, item 5: redirects never echo the Host header a client sends (login page, back to the
 * page after login, logout), and HSTS is sent on every answer when the public address is https.
 */
@IntegrationTest
class SecurityHeadersIT {

	@Autowired
	MockMvc mvc;

	@Test
	void redirectsNeverEchoTheHostHeader() throws Exception {
		MvcResult toLogin = mvc.perform(get("/kelola/admin/pengguna").param("q", "x").accept("text/html")
			.with(host("evil.example"))).andReturn();
		assertThat(toLogin.getResponse().getStatus()).isEqualTo(302);
		assertThat(toLogin.getResponse().getRedirectedUrl()).isEqualTo("/masuk");
		MockHttpSession session = toLogin.getRequest().getSession(false) instanceof MockHttpSession saved ? saved
				: new MockHttpSession();
		MvcResult back = mvc.perform(post("/masuk").session(session).param("username", Demo.ADMIN)
			.param("password", Demo.PASSWORD).with(csrf()).with(host("evil.example"))).andReturn();
		assertThat(back.getResponse().getRedirectedUrl()).isIn("/kelola/admin/pengguna?q=x", "/kelola");
		MvcResult out = mvc.perform(post("/keluar").session((MockHttpSession) back.getRequest().getSession(false))
			.with(csrf()).with(host("evil.example"))).andReturn();
		assertThat(out.getResponse().getRedirectedUrl()).doesNotContain("evil").startsWith("/");
	}

	@Test
	void hstsFollowsThePublicAddress() throws Exception {
		// this installation's address is http://localhost: only requests that arrive over TLS get it
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
		// an https address (production behind a proxy that terminates TLS): every answer
		MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/");
		assertThat(HstsPolicy.matcher("https://data.contoh.go.id").matches(plain)).isTrue();
		assertThat(HstsPolicy.matcher("http://localhost:8080").matches(plain)).isFalse();
		MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/");
		secure.setSecure(true);
		assertThat(HstsPolicy.matcher("http://localhost:8080").matches(secure)).isTrue();
	}

	static RequestPostProcessor host(String host) {
		return request -> {
			request.setServerName(host);
			request.addHeader("Host", host);
			return request;
		};
	}

}
