package id.satudata.organisasi.keamanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.satudata.test.DatabaseEngineCondition;
import id.satudata.test.TestDatabaseInitializer;
import id.satudata.test.oidc.OidcTestProvider;
import id.satudata.test.oidc.OidcTestProvider.Akun;
import id.satudata.test.oidc.SsoBrowser;

/**
 * Issue 19 item 8: single sign-on against a real OpenID provider (Spring Authorization Server in
 * its own context on its own port), through the authorization code flow over real HTTP. Users are
 * matched on their e-mail address; roles stay those assigned in Satu Data.
 */
@ExtendWith(DatabaseEngineCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SsoIT {

	static final int APP_PORT = SsoBrowser.freePort();
	static final int PROVIDER_PORT = SsoBrowser.freePort();
	static final String APP = "http://127.0.0.1:" + APP_PORT;
	static final String PROVIDER = "http://127.0.0.1:" + PROVIDER_PORT;

	static ConfigurableApplicationContext provider;

	@DynamicPropertySource
	static void sso(DynamicPropertyRegistry registry) {
		if (provider == null) {
			provider = OidcTestProvider.start(PROVIDER_PORT, APP, List.of(
					new Akun("rina", "walidata@demo.satudata.invalid", List.of()),
					new Akun("asing", "orang.asing@contoh.invalid", List.of()),
					new Akun("dewi", "pembina.pusat@demo.satudata.invalid", List.of())));
		}
		registry.add("server.port", () -> APP_PORT);
		registry.add("satudata.base-url", () -> APP);
		registry.add("satudata.sso.issuer-uri", () -> PROVIDER);
		registry.add("satudata.sso.client-id", () -> OidcTestProvider.CLIENT_ID);
		registry.add("satudata.sso.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
		registry.add("satudata.sso.nama-penyedia", () -> "Penyedia Uji");
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
			provider = null;
		}
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLoginPageOffersSingleSignOn() throws Exception {
		SsoBrowser browser = new SsoBrowser();
		assertThat(browser.get(URI.create(APP + "/masuk")).body()).contains("Masuk dengan SSO Penyedia Uji")
			.contains("/oauth2/authorization/sso");
	}

	@Test
	void aMatchedUserLandsSignedInWithItsSatuDataRolesAndLogsOutAtTheProviderToo() throws Exception {
		SsoBrowser browser = new SsoBrowser();
		SsoBrowser.Hasil hasil = browser.masukSso(APP, "rina", OidcTestProvider.PASSWORD);
		assertThat(hasil.jalan()).anyMatch(u -> u.toString().startsWith(APP + "/login/oauth2/code/sso?code="));
		assertThat(hasil.uri().toString()).isEqualTo(APP + "/kelola");
		assertThat(hasil.status()).isEqualTo(200);
		// the local account's roles: a Walidata opens the catalogue's back office, not the administration
		assertThat(browser.get(URI.create(APP + "/kelola/dataset")).status()).isEqualTo(200);
		assertThat(browser.get(URI.create(APP + "/kelola/admin/organisasi")).status()).isEqualTo(403);
		assertThat(browser.get(URI.create(APP + "/akun")).body()).contains("Rina Walidata");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.berhasil' AND pelaku = ?",
				Integer.class, "walidata")).isPositive();

		// logout ends the local session and, through the provider's end-session endpoint, the provider's
		String csrf = SsoBrowser.csrf(browser.get(URI.create(APP + "/kelola")).body());
		SsoBrowser.Hasil keluar = browser.post(URI.create(APP + "/keluar"), "_csrf=" + SsoBrowser.enc(csrf));
		assertThat(keluar.jalan()).anyMatch(u -> u.toString().startsWith(PROVIDER + "/connect/logout"));
		assertThat(keluar.uri().toString()).isEqualTo(APP + "/?keluar");
		SsoBrowser.Hasil kelola = browser.get(URI.create(APP + "/kelola"));
		assertThat(kelola.uri().getPath()).isEqualTo("/masuk");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'logout' AND pelaku = ?",
				Integer.class, "walidata")).isPositive();
		// a new sign-on asks for the provider's password again
		SsoBrowser.Hasil lagi = browser.get(URI.create(APP + "/oauth2/authorization/sso"));
		assertThat(lagi.uri().toString()).isEqualTo(PROVIDER + "/login");
	}

	@Test
	void anUnknownUserIsRefusedWithAClearPage() throws Exception {
		SsoBrowser browser = new SsoBrowser();
		SsoBrowser.Hasil hasil = browser.masukSso(APP, "asing", OidcTestProvider.PASSWORD);
		assertThat(hasil.uri().toString()).isEqualTo(APP + "/masuk/sso/ditolak?alasan=belum-terdaftar");
		assertThat(hasil.status()).isEqualTo(403);
		assertThat(hasil.body()).contains("belum terdaftar").contains("Hubungi Walidata");
		assertThat(browser.get(URI.create(APP + "/kelola")).uri().getPath()).isEqualTo("/masuk");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pengguna WHERE LOWER(email) = 'orang.asing@contoh.invalid'",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.gagal' "
				+ "AND ringkasan LIKE 'belum_terdaftar%orang.asing@contoh.invalid%'", Integer.class)).isPositive();
	}

	@Test
	void aDeactivatedAccountIsRefused() throws Exception {
		jdbc.update("UPDATE pengguna SET aktif = FALSE WHERE username = 'pembina.pusat'");
		SsoBrowser browser = new SsoBrowser();
		SsoBrowser.Hasil hasil = browser.masukSso(APP, "dewi", OidcTestProvider.PASSWORD);
		assertThat(hasil.uri().toString()).isEqualTo(APP + "/masuk/sso/ditolak?alasan=nonaktif");
		assertThat(hasil.body()).contains("dinonaktifkan");
		assertThat(browser.get(URI.create(APP + "/kelola")).uri().getPath()).isEqualTo("/masuk");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.gagal' "
				+ "AND pelaku = 'pembina.pusat' AND ringkasan LIKE 'nonaktif%'", Integer.class)).isPositive();
	}

}
