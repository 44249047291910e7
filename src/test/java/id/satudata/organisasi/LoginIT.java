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

	@Autowired
	id.satudata.organisasi.internal.OrganisasiProperties keamanan;

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

	/**
	 * Issue 19: five wrong passwords used to lock the account for 15 minutes (renewable forever by
	 * anyone) and refuse its API tokens. Now attempts slow down, per account and per address; the
	 * owner still gets in from a clean address, the tokens keep working, unknown names get the same
	 * answers, and the administrator sees and clears the throttles (audited).
	 */
	@Test
	void failedLoginsSlowDownButNeverLockTheOwnerOut() throws Exception {
		String username = Demo.PENGGUNA;
		String token = "sd_demo_" + Demo.PENGGUNA;
		String unknown = "tidak-ada-" + System.nanoTime();
		String attacker = "10.66.0.1";
		// the same conditions for an existing and an unknown name (each from its own address)
		for (String name : java.util.List.of(username, unknown)) {
			String from = name.equals(username) ? attacker : "10.66.0.2";
			for (int i = 0; i < keamanan.loginBebas(); i++) {
				mvc.perform(login(name, "bukan-ini-123", from))
					.andExpect(unauthenticated()).andExpect(redirectedUrl("/masuk?galat=kredensial"));
			}
			// the next failure starts a wait: the same answer for an existing and an unknown name
			mvc.perform(login(name, "bukan-ini-123", from))
				.andExpect(unauthenticated()).andExpect(redirectedUrl("/masuk?galat=kredensial"));
			MvcResult held = mvc.perform(login(name, Demo.PASSWORD, from)).andExpect(unauthenticated()).andReturn();
			assertThat(held.getResponse().getRedirectedUrl()).startsWith("/masuk?galat=tunggu&detik=");
			assertThat(held.getResponse().getHeader("Retry-After")).isNotBlank();
		}
		mvc.perform(get("/masuk").param("galat", "tunggu").param("detik", "4"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tunggu 4 detik")));
		// the owner, from a clean address, is not held
		mvc.perform(login(username, Demo.PASSWORD, "10.77.0.1"))
			.andExpect(authenticated().withUsername(username));
		// the account's API token was never refused
		mvc.perform(get("/api/3/action/package_search").header("Authorization", token)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.ditahan' AND objek_id = ?",
				Integer.class, "ALAMAT:" + attacker)).isPositive();
		// the administrator sees the attacker's address and clears it
		mvc.perform(get("/kelola/admin/penahanan-login").with(accounts.as(Demo.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(attacker)));
		mvc.perform(get("/kelola/admin/penahanan-login").with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/kelola/admin/penahanan-login/hapus").param("jenis", "ALAMAT").param("kunci", attacker)
			.with(csrf()).with(accounts.as(Demo.ADMIN))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.penahananDihapus' "
				+ "AND objek_id = ?", Integer.class, "ALAMAT:" + attacker)).isPositive();
		mvc.perform(login(username, Demo.PASSWORD, attacker))
			.andExpect(authenticated().withUsername(username));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password, String address) {
		return post("/masuk").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
			.andExpect(redirectedUrl("/masuk?galat=kredensial"));
	}

}
