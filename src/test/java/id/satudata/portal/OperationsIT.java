package id.satudata.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/** What operators and other systems rely on: health, the CKAN status, errors, headers, language. */
@IntegrationTest
class OperationsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void ckanStatusShowAnswersInCkansEnvelope() throws Exception {
		mvc.perform(get("/api/3/action/status_show"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.success").value(true))
			.andExpect(jsonPath("$.help").value("http://localhost/api/3/action/help_show?name=status_show"))
			.andExpect(jsonPath("$.result.site_title").value("Satu Data"))
			.andExpect(jsonPath("$.result.site_url").value("http://localhost"))
			.andExpect(jsonPath("$.result.ckan_version").value("2.10.4"))
			.andExpect(jsonPath("$.result.locale_default").value("id"))
			.andExpect(jsonPath("$.result.extensions", hasItem("satudata")));
	}

	@Test
	void healthLivenessAndReadinessArePublicWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health").with(accounts.as(Demo.ADMIN))).andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void pagesAreIndonesianFirstWhateverTheBrowserAsks() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("Beranda")))
			.andExpect(content().string(containsString("lang=\"id\"")));
	}

	@Test
	void theLanguageSwitchIsRememberedInACookie() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString(">Home<")))
			.andExpect(cookie().value("satudata-bahasa", "en"));
		mvc.perform(get("/tentang").cookie(new Cookie("satudata-bahasa", "en")))
			.andExpect(content().string(containsString("About Satu Data")));
		// an unsupported language falls back to Indonesian
		mvc.perform(get("/").param("lang", "fr")).andExpect(content().string(containsString("Beranda")));
	}

	@Test
	void staticFilesAreServedFromTheirFoldersAndWebjarLinksCarryTheirVersion() throws Exception {
		String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String css = page.replaceFirst("(?s).*href=\"(/webjars/bootstrap/[^\"]+/css/bootstrap\\.min\\.css)\".*", "$1");
		assertThat(css).as("versioned webjar link").matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.min\\.css");
		mvc.perform(get(css)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		mvc.perform(get("/css/satudata.css")).andExpect(status().isOk());
		mvc.perform(get("/js/satudata.js")).andExpect(status().isOk());
		mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		// nothing else of the class path is reachable, and a mistyped address still gets the friendly page
		mvc.perform(get("/application.properties").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
		mvc.perform(get("/css/../application.properties")).andExpect(status().is4xxClientError());
	}

	@Test
	void friendlyErrorPagesInBothLanguagesAndProblemsForApis() throws Exception {
		mvc.perform(get("/halaman-yang-tidak-ada").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/halaman-yang-tidak-ada").accept(MediaType.TEXT_HTML).param("lang", "en"))
			.andExpect(content().string(containsString("Page not found")));
		mvc.perform(get("/kelola/admin/organisasi").with(accounts.as(Demo.PRODUSEN)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tidak-ada"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Halaman tidak ditemukan"));
		mvc.perform(get("/kode-referensi/tidak-ada").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Daftar kode tidak ditemukan.")));
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void everyPublicNavigationLinkLeadsToARealPage() throws Exception {
		for (String path : java.util.List.of("/", "/dataset", "/organisasi", "/kode-referensi", "/jadwal-rilis", "/layanan",
				"/pengaduan", "/layanan/lacak", "/standar-data", "/data-prioritas", "/data-induk", "/monitoring", "/tentang")) {
			mvc.perform(get(path)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
				.andExpect(content().string(not(containsString("sedang disiapkan"))));
		}
	}

	@Test
	void backOfficeMenuFollowsTheUsersRoles() throws Exception {
		mvc.perform(get("/kelola").with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString("/kelola/admin/pengguna")))
			.andExpect(content().string(containsString("/kelola/admin/audit")));
		mvc.perform(get("/kelola").with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(containsString("/kelola/kode-referensi")))
			.andExpect(content().string(not(containsString("/kelola/admin/pengguna"))));
		mvc.perform(get("/kelola").with(accounts.as(Demo.PRODUSEN)))
			.andExpect(content().string(not(containsString("/kelola/kode-referensi"))))
			.andExpect(content().string(containsString("Produsen Data")));
	}

}
