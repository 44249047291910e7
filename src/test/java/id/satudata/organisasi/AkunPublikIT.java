package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMailUtil;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import id.satudata.test.TestMailServer;

/**
 * Issue 19, item 7: password reset by e-mail (single-use, expiring, hashed links; the same answer
 * for known and unknown addresses; limits; sessions ended) and public registration as Pengguna
 * terdaftar with e-mail verification. The mail is read from a real SMTP server (GreenMail).
 */
@IntegrationTest
class AkunPublikIT {

	private static final Pattern RESET_LINK = Pattern.compile("http://localhost(/masuk/atur-ulang\\?token=([A-Za-z0-9_-]+))");
	private static final Pattern VERIFY_LINK = Pattern.compile("http://localhost(/daftar/verifikasi\\?token=([A-Za-z0-9_-]+))");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	void passwordResetByEmailIsSingleUseExpiresAndTellsNothingAboutUnknownAddresses() throws Exception {
		String username = accounts.newUser("lupa", null);
		String email = username + "@contoh.go.id";
		jdbc.update("UPDATE pengguna SET email = ?, harus_ganti_password = FALSE WHERE username = ?", email, username);
		// the owner has a session open somewhere
		MockBrowser elsewhere = new MockBrowser(mvc, "10.19.7.9");
		assertThat(elsewhere.redirect(MfaIT.login(username, TestAccounts.PASSWORD))).isEqualTo("/kelola");
		assertThat(elsewhere.perform(get("/kelola")).getResponse().getStatus()).isEqualTo(200);

		MockBrowser b = new MockBrowser(mvc, "10.19.7.1");
		assertThat(b.perform(get("/masuk")).getResponse().getContentAsString()).contains("href=\"/masuk/lupa\"");
		// known and unknown addresses: the same answer
		String unknown = "tidak-ada-" + System.nanoTime() + "@contoh.go.id";
		MvcResult known = b.perform(post("/masuk/lupa").with(csrf()).param("email", email.toUpperCase()));
		MvcResult other = b.perform(post("/masuk/lupa").with(csrf()).param("email", unknown));
		assertThat(known.getResponse().getStatus()).isEqualTo(other.getResponse().getStatus()).isEqualTo(302);
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(other.getResponse().getRedirectedUrl())
			.isEqualTo("/masuk/lupa?terkirim");
		assertThat(b.perform(get("/masuk/lupa?terkirim")).getResponse().getContentAsString())
			.contains("Bila alamat itu terdaftar");

		String body = mailTo(email, 1).get(0);
		Matcher m = RESET_LINK.matcher(body);
		assertThat(m.find()).as(body).isTrue();
		String link = m.group(1);
		String token = m.group(2);
		assertThat(mailTo(unknown, 0)).isEmpty();
		// only the hash is stored; it expires after the configured 30 minutes
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM token_surel WHERE token_hash = ?", Integer.class, token)).isZero();
		java.sql.Timestamp[] times = jdbc.queryForObject("SELECT t.dibuat_pada, t.kedaluwarsa FROM token_surel t "
				+ "JOIN pengguna p ON p.id = t.pengguna_id WHERE p.username = ?",
				(rs, i) -> new java.sql.Timestamp[] { rs.getTimestamp(1), rs.getTimestamp(2) }, username);
		assertThat(Duration.between(times[0].toInstant(), times[1].toInstant())).isEqualTo(Duration.ofMinutes(30));

		// the link shows the form; a weak password is refused by the usual rules, naming the field
		assertThat(b.perform(get(link)).getResponse().getContentAsString()).contains("name=\"passwordBaru\"");
		String weak = b.perform(post("/masuk/atur-ulang").with(csrf()).param("token", token).param("passwordBaru", "pendek1")
			.param("konfirmasi", "pendek1")).getResponse().getContentAsString();
		assertThat(weak).contains("Password baru: Password minimal 10 karakter.");
		String fresh = "Sandi-Baru-Lewat-Surel-7";
		assertThat(b.redirect(post("/masuk/atur-ulang").with(csrf()).param("token", token).param("passwordBaru", fresh)
			.param("konfirmasi", fresh))).isEqualTo("/masuk");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.passwordDiresetSurel' "
				+ "AND pelaku = ?", Integer.class, username)).isEqualTo(1);
		// the other session has ended; the new password works, the old one not
		assertThat(elsewhere.redirect(get("/kelola"))).endsWith("/masuk");
		assertThat(new MockBrowser(mvc, "10.19.7.2").redirect(MfaIT.login(username, fresh))).isEqualTo("/kelola");
		assertThat(new MockBrowser(mvc, "10.19.7.2").redirect(MfaIT.login(username, TestAccounts.PASSWORD)))
			.isEqualTo("/masuk?galat=kredensial");
		// single use
		MvcResult again = b.perform(post("/masuk/atur-ulang").with(csrf()).param("token", token)
			.param("passwordBaru", "Sandi-Lain-Sekali-8").param("konfirmasi", "Sandi-Lain-Sekali-8"));
		assertThat(again.getResponse().getStatus()).isEqualTo(400);
		assertThat(again.getResponse().getContentAsString()).contains("tidak berlaku lagi");
		assertThat(b.perform(get(link)).getResponse().getContentAsString()).contains("id=\"tautan-tidak-berlaku\"")
			.doesNotContain("name=\"passwordBaru\"");

		// an expired link is refused
		b.perform(post("/masuk/lupa").with(csrf()).param("email", email));
		Matcher m2 = RESET_LINK.matcher(mailTo(email, 2).get(1));
		assertThat(m2.find()).isTrue();
		jdbc.update("UPDATE token_surel SET kedaluwarsa = dibuat_pada WHERE dipakai_pada IS NULL AND pengguna_id = "
				+ "(SELECT id FROM pengguna WHERE username = ?)", username);
		assertThat(b.perform(post("/masuk/atur-ulang").with(csrf()).param("token", m2.group(2))
			.param("passwordBaru", "Sandi-Lain-Sekali-8").param("konfirmasi", "Sandi-Lain-Sekali-8")).getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(new MockBrowser(mvc, "10.19.7.3").redirect(MfaIT.login(username, fresh))).isEqualTo("/kelola");
	}

	@Test
	void resetRequestsAreLimitedPerAddressAndPerClient() throws Exception {
		String username = accounts.newUser("batas", null);
		String email = username + "@contoh.go.id";
		jdbc.update("UPDATE pengguna SET email = ? WHERE username = ?", email, username);
		// per e-mail address: three mails an hour, then the same answer and no mail
		for (int i = 0; i < 5; i++) {
			MockBrowser b = new MockBrowser(mvc, "10.19.8." + i);
			assertThat(b.redirect(post("/masuk/lupa").with(csrf()).param("email", email))).isEqualTo("/masuk/lupa?terkirim");
		}
		mailTo(email, 3);
		Thread.sleep(1000);
		assertThat(mailTo(email, 0)).hasSize(3);
		// per client: ten requests an hour, then 429 naming the wait
		MockBrowser c = new MockBrowser(mvc, "10.19.8.100");
		for (int i = 0; i < 10; i++) {
			c.perform(post("/masuk/lupa").with(csrf()).param("email", "x" + i + "@contoh.go.id"));
		}
		MvcResult refused = c.perform(post("/masuk/lupa").with(csrf()).param("email", "y@contoh.go.id"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentAsString()).contains("Terlalu banyak permintaan");
		// a malformed address is named
		assertThat(new MockBrowser(mvc, "10.19.8.101").perform(post("/masuk/lupa").with(csrf()).param("email", "bukan-surel"))
			.getResponse().getContentAsString()).contains("Surel: Alamat email tidak valid.");
	}

	@Test
	void thePublicRegistersVerifiesTheAddressAndLogsInAsPenggunaTerdaftar() throws Exception {
		String username = "warga" + System.nanoTime() % 1_000_000;
		String email = username + "@contoh.id";
		String password = "Warga-Rahasia-2027";
		MockBrowser b = new MockBrowser(mvc, "10.19.9.1");
		assertThat(b.perform(get("/masuk")).getResponse().getContentAsString()).contains("href=\"/daftar\"");
		assertThat(b.perform(get("/daftar")).getResponse().getContentAsString()).contains("name=\"situs\"");
		// a taken username and a weak password are named
		assertThat(b.perform(daftar(Demo.WALIDATA, email, password)).getResponse().getContentAsString())
			.contains("Nama pengguna " + Demo.WALIDATA + " sudah dipakai.");
		assertThat(b.perform(daftar(username, email, "lemah")).getResponse().getContentAsString())
			.contains("Kata sandi: Password minimal 10 karakter.");
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE username = ?", username)).isZero();
		// a filled honeypot: the same answer, nothing created, no mail
		assertThat(new MockBrowser(mvc, "10.19.9.2").redirect(daftar(username + "x", "bot" + email, password)
			.param("situs", "http://spam.example"))).isEqualTo("/daftar?terkirim");
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE username = ?", username + "x")).isZero();

		assertThat(b.redirect(daftar(username, email, password))).isEqualTo("/daftar?terkirim");
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE username = ? AND aktif = FALSE", username)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM penugasan_peran r JOIN pengguna p ON p.id = r.pengguna_id "
				+ "WHERE p.username = ? AND r.peran = 'PENGGUNA'", username)).isEqualTo(1);
		// inactive until the link is followed
		assertThat(new MockBrowser(mvc, "10.19.9.3").redirect(MfaIT.login(username, password)))
			.isEqualTo("/masuk?galat=kredensial");
		Matcher m = VERIFY_LINK.matcher(mailTo(email, 1).get(0));
		assertThat(m.find()).isTrue();
		// opening the link (a mail scanner may) spends nothing; the button does
		assertThat(b.perform(get(m.group(1))).getResponse().getContentAsString()).contains("id=\"tombol-verifikasi\"");
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE username = ? AND aktif = TRUE", username)).isZero();
		assertThat(b.redirect(post("/daftar/verifikasi").with(csrf()).param("token", m.group(2)))).isEqualTo("/masuk");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE aksi IN ('pengguna.mendaftar', 'pengguna.surelDiverifikasi') "
				+ "AND pelaku = ?", username)).isEqualTo(2);
		assertThat(b.perform(post("/daftar/verifikasi").with(csrf()).param("token", m.group(2))).getResponse().getStatus())
			.isEqualTo(400);
		MockBrowser in = new MockBrowser(mvc, "10.19.9.4");
		assertThat(in.redirect(MfaIT.login(username, password))).isEqualTo("/kelola");
		assertThat(in.perform(get("/akun")).getResponse().getContentAsString()).contains("Pengguna terdaftar");

		// the same address again: the same answer, no second account, the owner is told instead
		assertThat(new MockBrowser(mvc, "10.19.9.5").redirect(daftar(username + "dua", email, password)))
			.isEqualTo("/daftar?terkirim");
		assertThat(count("SELECT COUNT(*) FROM pengguna WHERE username = ?", username + "dua")).isZero();
		assertThat(mailTo(email, 2).get(1)).contains("/masuk/lupa");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder daftar(String username,
			String email, String password) {
		return post("/daftar").with(csrf()).param("username", username).param("namaLengkap", "Warga Uji")
			.param("email", email).param("password", password).param("konfirmasi", password);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	/** The bodies of the mails to {@code to}, waiting until at least {@code atLeast} arrived. */
	private static List<String> mailTo(String to, int atLeast) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (true) {
			List<String> bodies = new ArrayList<>();
			for (MimeMessage message : TestMailServer.get().getReceivedMessages()) {
				for (jakarta.mail.Address a : message.getRecipients(Message.RecipientType.TO)) {
					if (a.toString().equalsIgnoreCase(to)) {
						bodies.add(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
					}
				}
			}
			if (bodies.size() >= atLeast || System.currentTimeMillis() > deadline) {
				assertThat(bodies.size()).as("mails to " + to).isGreaterThanOrEqualTo(atLeast);
				return bodies;
			}
			Thread.sleep(100);
		}
	}

}
