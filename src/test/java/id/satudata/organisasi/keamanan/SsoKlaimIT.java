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
 * Issue 19 item 8, as configured for a provincial identity provider that also manages the roles:
 * unknown users are created as Pengguna terdaftar, and the {@code groups} claim gives the staff
 * roles through a mapping table (a real provider again: Spring Authorization Server).
 */
@ExtendWith(DatabaseEngineCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SsoKlaimIT {

	static final int APP_PORT = SsoBrowser.freePort();
	static final int PROVIDER_PORT = SsoBrowser.freePort();
	static final String APP = "http://127.0.0.1:" + APP_PORT;
	static final String PROVIDER = "http://127.0.0.1:" + PROVIDER_PORT;

	static ConfigurableApplicationContext provider;

	@DynamicPropertySource
	static void sso(DynamicPropertyRegistry registry) {
		if (provider == null) {
			provider = OidcTestProvider.start(PROVIDER_PORT, APP, List.of(
					new Akun("warga", "warga.baru@contoh.invalid", List.of()),
					new Akun("sari", "produsen.dinkes@demo.satudata.invalid", List.of("satudata-walidata", "lain"))));
		}
		registry.add("server.port", () -> APP_PORT);
		registry.add("satudata.base-url", () -> APP);
		registry.add("satudata.sso.issuer-uri", () -> PROVIDER);
		registry.add("satudata.sso.client-id", () -> OidcTestProvider.CLIENT_ID);
		registry.add("satudata.sso.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
		registry.add("satudata.sso.buat-akun", () -> "true");
		registry.add("satudata.sso.organisasi-akun-baru", () -> "19");
		registry.add("satudata.sso.peran-klaim", () -> "groups");
		registry.add("satudata.sso.peran-peta.satudata-walidata", () -> "WALIDATA@19");
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
	void anUnknownUserIsCreatedAsPenggunaTerdaftar() throws Exception {
		SsoBrowser browser = new SsoBrowser();
		SsoBrowser.Hasil hasil = browser.masukSso(APP, "warga", OidcTestProvider.PASSWORD);
		assertThat(hasil.uri().toString()).isEqualTo(APP + "/kelola");
		assertThat(jdbc.queryForList("SELECT r.peran FROM pengguna p JOIN penugasan_peran r ON r.pengguna_id = p.id "
				+ "WHERE p.email = 'warga.baru@contoh.invalid' AND p.aktif = TRUE", String.class))
			.containsExactly("PENGGUNA");
		String username = jdbc.queryForObject("SELECT username FROM pengguna WHERE email = 'warga.baru@contoh.invalid'",
				String.class);
		assertThat(username).isEqualTo("warga");
		assertThat(browser.get(URI.create(APP + "/akun")).body()).contains("Pengguna warga");
		// no staff role
		assertThat(browser.get(URI.create(APP + "/kelola/dataset")).status()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.dibuat' AND pelaku = ?",
				Integer.class, username)).isOne();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.berhasil' AND pelaku = ?",
				Integer.class, username)).isPositive();
		// the second sign-on finds the created account again
		SsoBrowser lagi = new SsoBrowser();
		assertThat(lagi.masukSso(APP, "warga", OidcTestProvider.PASSWORD).uri().toString()).isEqualTo(APP + "/kelola");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pengguna WHERE email = 'warga.baru@contoh.invalid'",
				Integer.class)).isOne();
	}

	@Test
	void theGroupsClaimGivesTheMappedRoles() throws Exception {
		// locally a Produsen Data of the Dinkes; the provider's group makes her a Walidata of the province
		assertThat(browserRoles()).containsExactly("PRODUSEN_DATA");
		SsoBrowser browser = new SsoBrowser();
		SsoBrowser.Hasil hasil = browser.masukSso(APP, "sari", OidcTestProvider.PASSWORD);
		assertThat(hasil.uri().toString()).isEqualTo(APP + "/kelola");
		assertThat(browser.get(URI.create(APP + "/kelola/dataset")).status()).isEqualTo(200);
		assertThat(browser.get(URI.create(APP + "/kelola/pengumpulan")).status()).isEqualTo(403);
		assertThat(browserRoles()).containsExactly("WALIDATA");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.peranDisinkronkan' "
				+ "AND pelaku = 'produsen.dinkes'", Integer.class)).isOne();
	}

	private List<String> browserRoles() {
		return jdbc.queryForList("SELECT r.peran FROM pengguna p JOIN penugasan_peran r ON r.pengguna_id = p.id "
				+ "WHERE p.username = 'produsen.dinkes'", String.class);
	}

}
