package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.keamanan.LoginThrottle;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import id.satudata.test.Totp;

/**
 * Issue 19, item 6: two-factor authentication (TOTP, RFC 6238) with recovery codes, required for
 * administrators and Walidata, inside Spring Security: after the password only the code page is
 * reachable. Codes are computed here with an independent RFC 6238 implementation.
 */
@IntegrationTest
class MfaIT {

	private static final Pattern RAHASIA = Pattern.compile("id=\"mfa-rahasia\">([A-Z2-7]+)<");
	private static final Pattern KODE_PEMULIHAN = Pattern.compile("<code class=\"sd-kode\">([a-z0-9-]{10,})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Test
	void anAdministratorMustEnrolThenLogsInWithACodeOrARecoveryCodeOnce() throws Exception {
		String username = newAdmin();
		String password = "Rahasia-Admin-2027";
		MockBrowser b = new MockBrowser(mvc, "10.19.6.1");
		assertThat(b.redirect(login(username, TestAccounts.PASSWORD))).isEqualTo("/kelola");
		// a required enrolment comes before anything else: the back office, the public pages, any action
		assertThat(b.redirect(get("/kelola"))).isEqualTo("/akun/mfa");
		assertThat(b.redirect(get("/"))).isEqualTo("/akun/mfa");
		assertThat(b.redirect(post("/kelola/admin/organisasi/baru").with(csrf()))).isEqualTo("/akun/mfa");
		// (the temporary password is changed first)
		assertThat(b.redirect(get("/akun/mfa"))).isEqualTo("/akun/password");
		assertThat(b.redirect(post("/akun/password").with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", password).param("konfirmasi", password))).isEqualTo("/akun");
		assertThat(b.redirect(get("/akun"))).isEqualTo("/akun/mfa");

		// enrolment: a QR code and the secret in text; nothing is active before a right code
		MvcResult page = b.perform(get("/akun/mfa"));
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("id=\"mfa-qr\"").contains("src=\"data:image/svg+xml;base64,").contains("id=\"mfa-wajib\"");
		String secret = match(RAHASIA, html);
		assertThat(secret).hasSize(32);
		assertThat(b.perform(post("/akun/mfa").with(csrf()).param("kode", wrong(secret))).getResponse()
			.getContentAsString()).contains("Kode salah atau sudah kedaluwarsa");
		assertThat(mfaAktif(username)).isFalse();
		String enrolled = b.perform(post("/akun/mfa").with(csrf()).param("kode", totp(secret, 0))).getResponse()
			.getContentAsString();
		List<String> recovery = all(KODE_PEMULIHAN, enrolled);
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
		assertThat(mfaAktif(username)).isTrue();
		// the secret is stored encrypted (the test profile sets a key), the recovery codes only as hashes
		String stored = jdbc.queryForObject("SELECT mfa_rahasia FROM pengguna WHERE username = ?", String.class, username);
		assertThat(stored).startsWith("enc:").doesNotContain(secret);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kode_pemulihan k JOIN pengguna p ON p.id = k.pengguna_id "
				+ "WHERE p.username = ? AND k.kode_hash = ?", Integer.class, username, recovery.get(0))).isZero();
		assertThat(audit("mfa.diaktifkan", username)).isEqualTo(1);
		assertThat(b.perform(get("/kelola")).getResponse().getStatus()).isEqualTo(200);
		b.perform(post("/keluar").with(csrf()));

		// login: the password alone reaches only the code page
		MockBrowser c = new MockBrowser(mvc, "10.19.6.2");
		assertThat(c.redirect(login(username, password))).isEqualTo("/masuk/kode");
		assertThat(audit("login.berhasil", username)).isEqualTo(1);
		for (String path : List.of("/kelola", "/akun", "/akun/mfa", "/kelola/admin/pengguna", "/")) {
			assertThat(c.redirect(get(path))).as(path).isEqualTo("/masuk/kode");
		}
		assertThat(c.redirect(post("/kelola/admin/organisasi/baru").with(csrf()))).isEqualTo("/masuk/kode");
		assertThat(c.perform(get("/masuk/kode")).getResponse().getContentAsString()).contains("name=\"kode\"");
		// a wrong code is refused, counted by the throttle and audited
		assertThat(c.redirect(post("/masuk/kode").with(csrf()).param("kode", wrong(secret))))
			.isEqualTo("/masuk/kode?galat=kode");
		assertThat(throttle.semua()).anyMatch(p -> p.jenis() == LoginThrottle.Jenis.AKUN && p.kunci().equals(username));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'login.gagal' AND pelaku = ? "
				+ "AND ringkasan = 'kodeMfa'", Integer.class, username)).isEqualTo(1);
		assertThat(c.redirect(get("/kelola"))).isEqualTo("/masuk/kode");
		// the next step's code (clock drift) logs in; the session id changes
		String code = totp(secret, 1);
		assertThat(c.redirect(post("/masuk/kode").with(csrf()).param("kode", code))).isEqualTo("/kelola");
		assertThat(c.perform(get("/kelola")).getResponse().getStatus()).isEqualTo(200);
		assertThat(audit("login.berhasil", username)).isEqualTo(2);
		assertThat(throttle.semua()).noneMatch(p -> p.jenis() == LoginThrottle.Jenis.AKUN && p.kunci().equals(username));

		// the same code is never accepted twice
		MockBrowser d = new MockBrowser(mvc, "10.19.6.3");
		assertThat(d.redirect(login(username, password))).isEqualTo("/masuk/kode");
		assertThat(d.redirect(post("/masuk/kode").with(csrf()).param("kode", code))).isEqualTo("/masuk/kode?galat=kode");
		// a recovery code works once
		assertThat(d.redirect(post("/masuk/kode").with(csrf()).param("kode", recovery.get(3).toUpperCase())))
			.isEqualTo("/kelola");
		assertThat(audit("mfa.kodePemulihanDipakai", username)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT ringkasan FROM audit_event WHERE aksi = 'mfa.kodePemulihanDipakai' "
				+ "AND pelaku = ?", String.class, username)).isEqualTo("9 tersisa");
		MockBrowser e = new MockBrowser(mvc, "10.19.6.4");
		assertThat(e.redirect(login(username, password))).isEqualTo("/masuk/kode");
		assertThat(e.redirect(post("/masuk/kode").with(csrf()).param("kode", recovery.get(3))))
			.isEqualTo("/masuk/kode?galat=kode");
		// five wrong codes end the login: the password is due again
		for (int i = 0; i < 3; i++) {
			e.perform(post("/masuk/kode").with(csrf()).param("kode", "000000".equals(code) ? "111111" : "000000"));
		}
		assertThat(e.redirect(post("/masuk/kode").with(csrf()).param("kode", recovery.get(3))))
			.isEqualTo("/masuk?galat=kredensial");
		assertThat(e.redirect(post("/masuk/kode").with(csrf()).param("kode", recovery.get(4)))).isEqualTo("/masuk");
		// API tokens are not touched by the second factor
		throttle.hapus(LoginThrottle.Jenis.AKUN, username);

		// the administrator resets the second factor (audited); the user must enrol again
		long id = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, username);
		mvc.perform(post("/kelola/admin/pengguna/{id}/mfa/reset", id).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andReturn();
		assertThat(mfaAktif(username)).isTrue();
		mvc.perform(post("/kelola/admin/pengguna/{id}/mfa/reset", id).with(csrf()).with(accounts.as(Demo.ADMIN)));
		assertThat(mfaAktif(username)).isFalse();
		assertThat(audit("mfa.direset", Demo.ADMIN, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kode_pemulihan WHERE pengguna_id = ?", Integer.class, id))
			.isZero();
		MockBrowser f = new MockBrowser(mvc, "10.19.6.5");
		assertThat(f.redirect(login(username, password))).isEqualTo("/kelola");
		assertThat(f.redirect(get("/kelola"))).isEqualTo("/akun/mfa");
	}

	@Test
	void anOrdinaryUserMayEnrolAndTurnItOff() throws Exception {
		String username = accounts.newUser("opsional", null);
		String password = "Rahasia-Opsional-2027";
		MockBrowser b = new MockBrowser(mvc, "10.19.6.10");
		b.perform(login(username, TestAccounts.PASSWORD));
		b.perform(post("/akun/password").with(csrf()).param("passwordLama", TestAccounts.PASSWORD)
			.param("passwordBaru", password).param("konfirmasi", password));
		// not required: the back office is open without it
		assertThat(b.perform(get("/kelola")).getResponse().getStatus()).isEqualTo(200);
		String secret = match(RAHASIA, b.perform(get("/akun/mfa")).getResponse().getContentAsString());
		b.perform(post("/akun/mfa").with(csrf()).param("kode", totp(secret, 0)));
		assertThat(mfaAktif(username)).isTrue();
		// turning it off needs a right code
		b.perform(post("/akun/mfa/nonaktifkan").with(csrf()).param("kode", wrong(secret)));
		assertThat(mfaAktif(username)).isTrue();
		assertThat(b.redirect(post("/akun/mfa/nonaktifkan").with(csrf()).param("kode", totp(secret, 1))))
			.isEqualTo("/akun/mfa");
		assertThat(mfaAktif(username)).isFalse();
		assertThat(audit("mfa.dinonaktifkan", username)).isEqualTo(1);
		assertThat(new MockBrowser(mvc, "10.19.6.11").redirect(login(username, password))).isEqualTo("/kelola");
	}

	@Test
	void demoAccountsAreExemptSoTheDocumentedDemoLoginsStillWork() throws Exception {
		MockBrowser b = new MockBrowser(mvc, "10.19.6.20");
		assertThat(b.redirect(login(Demo.WALIDATA, Demo.PASSWORD))).isEqualTo("/kelola");
		assertThat(b.perform(get("/kelola")).getResponse().getStatus()).isEqualTo(200);
	}

	private String newAdmin() throws Exception {
		String username = accounts.newUser("admin2fa", null);
		long id = jdbc.queryForObject("SELECT id FROM pengguna WHERE username = ?", Long.class, username);
		long org = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		mvc.perform(post("/kelola/admin/pengguna/{id}/peran", id).param("peran", "ADMIN")
			.param("organisasiId", String.valueOf(org)).with(csrf()).with(accounts.as(Demo.ADMIN)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penugasan_peran WHERE pengguna_id = ? AND peran = 'ADMIN'",
				Integer.class, id)).isEqualTo(1);
		return username;
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password) {
		return post("/masuk").param("username", username).param("password", password).with(csrf());
	}

	private boolean mfaAktif(String username) {
		return jdbc.queryForObject("SELECT mfa_aktif FROM pengguna WHERE username = ?", Boolean.class, username);
	}

	private int audit(String aksi, String pelaku) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = ? AND pelaku = ?", Integer.class, aksi,
				pelaku);
	}

	private int audit(String aksi, String pelaku, long id) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = ? AND pelaku = ? AND objek_id = ?",
				Integer.class, aksi, pelaku, String.valueOf(id));
	}

	private static String match(Pattern p, String html) {
		Matcher m = p.matcher(html);
		assertThat(m.find()).as(p.pattern()).isTrue();
		return m.group(1);
	}

	private static List<String> all(Pattern p, String html) {
		Matcher m = p.matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** A code that is none of the accepted ones (steps -1..+1). */
	private static String wrong(String secret) {
		List<String> valid = List.of(totp(secret, -1), totp(secret, 0), totp(secret, 1));
		for (int i = 0;; i++) {
			String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
			if (!valid.contains(candidate)) {
				return candidate;
			}
		}
	}

	/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) for the current step plus {@code offset}. */
	static String totp(String base32Secret, int offset) {
		return Totp.code(base32Secret, offset);
	}

}
