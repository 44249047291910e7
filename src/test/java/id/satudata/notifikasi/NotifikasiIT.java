package id.satudata.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.shared.security.Peran;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

@IntegrationTest
class NotifikasiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Notifikasi notifikasi;

	@Autowired
	PenggunaDirectory pengguna;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void roleHoldersAreNotifiedOnceSeeItInTheirListAndOpenIt() throws Exception {
		long walidata = pengguna.penggunaDenganUsername(Demo.WALIDATA).orElseThrow().id();
		long provinsi = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long before = notifikasi.jumlahBelumDibaca(walidata);
		String marker = "Uji-" + UUID.randomUUID().toString().substring(0, 8);
		// addressed twice (as a user and as a role holder): one notification
		tx.executeWithoutResult(s -> notifikasi.kirim(
				List.of(Penerima.pengguna(walidata), Penerima.peran(Peran.WALIDATA, provinsi)),
				Pemberitahuan.of("uji", "notifikasi.belumDibaca", "/kelola/dataset", marker)));
		assertThat(notifikasi.jumlahBelumDibaca(walidata)).isEqualTo(before + 1);

		Document page = Jsoup.parse(mvc.perform(get("/kelola/notifikasi").with(accounts.as(Demo.WALIDATA)))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#daftar-notifikasi").text()).contains(marker + " notifikasi belum dibaca");
		assertThat(page.select("#jumlah-notifikasi").text()).isEqualTo(String.valueOf(before + 1));
		// in English the same notification reads in English
		Document en = Jsoup.parse(mvc.perform(get("/kelola/notifikasi").param("lang", "en").with(accounts.as(Demo.WALIDATA)))
			.andReturn().getResponse().getContentAsString());
		assertThat(en.select("#daftar-notifikasi").text()).contains(marker + " unread notifications");

		Long id = jdbc.queryForObject("SELECT id FROM notifikasi WHERE pengguna_id = ? AND argumen LIKE ?", Long.class,
				walidata, "%" + marker + "%");
		// somebody else cannot open it
		mvc.perform(post("/kelola/notifikasi/" + id + "/buka").with(csrf()).with(accounts.as(Demo.PRODUSEN)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/kelola/notifikasi/" + id + "/buka").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(redirectedUrl("/kelola/dataset"));
		assertThat(notifikasi.jumlahBelumDibaca(walidata)).isEqualTo(before);
		// without CSRF nothing changes
		mvc.perform(post("/kelola/notifikasi/baca-semua").with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());
	}

	@Test
	void aReminderIsSentOnlyOnceAndMailIsHandedOver() {
		long produsen = pengguna.penggunaDenganUsername(Demo.PRODUSEN).orElseThrow().id();
		String kunci = "uji:" + UUID.randomUUID();
		Pemberitahuan pesan = Pemberitahuan.of("uji", "notifikasi.belumDibaca", null, "1");
		Boolean first = tx.execute(s -> notifikasi.kirimSekali(kunci, List.of(Penerima.pengguna(produsen)), pesan));
		Boolean second = tx.execute(s -> notifikasi.kirimSekali(kunci, List.of(Penerima.pengguna(produsen)), pesan));
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE kunci = ?", Integer.class, kunci)).isOne();

		// a member of the public is reached by e-mail only; the mail goes out after commit
		String alamat = "warga+" + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
		tx.executeWithoutResult(s -> notifikasi.kirim(List.of(Penerima.surel(alamat, "Warga")), pesan));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM notifikasi WHERE surel = ? AND surel_terkirim_pada IS NOT NULL", Integer.class,
				alamat) == 1);
	}

	@Test
	void aRolledBackChangeNotifiesNobody() {
		long produsen = pengguna.penggunaDenganUsername(Demo.PRODUSEN).orElseThrow().id();
		long before = notifikasi.jumlahBelumDibaca(produsen);
		tx.executeWithoutResult(s -> {
			notifikasi.kirim(List.of(Penerima.pengguna(produsen)), Pemberitahuan.of("uji", "notifikasi.kosong", null));
			s.setRollbackOnly();
		});
		assertThat(notifikasi.jumlahBelumDibaca(produsen)).isEqualTo(before);
	}

	@Test
	void linksLeadOnlyInsideTheApplication() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pemberitahuan.of("uji", "notifikasi.kosong", "//evil.example"))
			.isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pemberitahuan.of("uji", "notifikasi.kosong", "https://evil.example"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
