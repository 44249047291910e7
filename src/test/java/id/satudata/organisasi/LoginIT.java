package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.test.Demo;
import id.satudata.test.TestAccounts;
import id.satudata.test.IntegrationTest;

@IntegrationTest
class LoginIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void demoWalidataLogsInAndLandsInTheBackOffice() throws Exception {
		// an anonymous session exists before login (e.g. from the login page's CSRF token) ...
		Cookie anonymous = sessionOf(mvc.perform(get("/masuk")).andReturn());
		MvcResult result = mvc.perform(post("/masuk").param("username", Demo.WALIDATA)
			.param("password", Demo.PASSWORD).with(csrf()).cookie(anonymous))
			.andExpect(authenticated().withUsername(Demo.WALIDATA).withRoles("WALIDATA"))
			.andExpect(redirectedUrl("/kelola"))
			.andReturn();
		// ... and login gives a new session id (no session fixation)
		assertThat(sessionOf(result).getValue()).isNotEqualTo(anonymous.getValue());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.berhasil' AND pelaku = ?", Integer.class,
				Demo.WALIDATA)).isPositive();
	}

	static Cookie sessionOf(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SATUDATA_SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		return cookie;
	}

	@Test
	void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
		mvc.perform(formLogin("/masuk").user(Demo.PEMBINA).password("salah-sekali-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/masuk?galat=kredensial"));
		mvc.perform(get("/masuk").param("galat", "kredensial"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nama pengguna atau kata sandi salah.")));
	}

	@Test
	void accountLocksAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		String username = accounts.newUser("kunci", null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/masuk").user(username).password("bukan-ini-123")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/masuk?galat=terkunci"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.terkunci'",
				Integer.class)).isPositive();
		// the administrator unlocks it
		long id = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, username);
		mvc.perform(post("/kelola/admin/pengguna/{id}/buka-kunci", id).with(csrf()).with(accounts.as(Demo.ADMIN)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/masuk").param("username", Demo.WALIDATA).param("password", Demo.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/kelola/admin/organisasi/baru").with(accounts.as(Demo.ADMIN)).param("tingkat", "PROVINSI")
			.param("kodeWilayah", "18")).andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		Cookie session = sessionOf(mvc.perform(formLogin("/masuk").user(Demo.PRODUSEN).password(Demo.PASSWORD)).andReturn());
		mvc.perform(get("/kelola").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/keluar").cookie(session).with(csrf())).andExpect(redirectedUrl("/?keluar"));
		mvc.perform(get("/kelola").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void newUserMustChangeTheTemporaryPasswordFirst() throws Exception {
		String username = accounts.newUser("baru", null);
		Cookie session = sessionOf(mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD)).andReturn());
		mvc.perform(get("/kelola").cookie(session)).andExpect(redirectedUrl("/akun/password"));
		// a weak password is refused with the rule
		mvc.perform(post("/akun/password").cookie(session).with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", "pendek1").param("konfirmasi", "pendek1"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Password minimal 10 karakter.")));
		// the demo password is refused too
		mvc.perform(post("/akun/password").cookie(session).with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", Demo.PASSWORD).param("konfirmasi", Demo.PASSWORD))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dipakai akun demo")));
		mvc.perform(post("/akun/password").cookie(session).with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", "Rahasia-Baru-2027").param("konfirmasi", "Rahasia-Baru-2027"))
			.andExpect(redirectedUrl("/akun"));
		mvc.perform(get("/kelola").cookie(session)).andExpect(status().isOk());
		mvc.perform(formLogin("/masuk").user(username).password("Rahasia-Baru-2027")).andExpect(authenticated());
		mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void deactivatedUsersCannotLogIn() throws Exception {
		String username = accounts.newUser("pergi", null);
		long id = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, username);
		mvc.perform(post("/kelola/admin/pengguna/{id}/status", id).param("aktif", "false").with(csrf())
			.with(accounts.as(Demo.ADMIN))).andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/masuk").user(username).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/masuk?galat=nonaktif"));
	}

}
