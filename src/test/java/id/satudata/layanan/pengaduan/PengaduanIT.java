package id.satudata.layanan.pengaduan;

import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.layanan.LayananUji;
import id.satudata.layanan.LayananUji.Tiket;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Complaints over HTTP: recorded from other channels with the time they arrived, classified into a
 * tier whose due time runs from filing on the working calendar with the seeded 2026 holidays,
 * answered, escalated up the chain, resolved and rated; only the holding level acts.
 */
@IntegrationTest
class PengaduanIT {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	String catat(String kanal, String referensi, String diterimaPada) throws Exception {
		long org = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		Map<String, String> f = new java.util.HashMap<>(Map.of("organisasiId", String.valueOf(org), "kanal", kanal,
				"diterimaPada", diterimaPada, "perihal", LayananUji.penanda(), "uraian",
				"Petugas tidak membalas surel permintaan data selama dua minggu.", "nama", "Ibu Nur", "telepon",
				"0812 9999 1111"));
		if (referensi != null) {
			f.put("referensiKanal", referensi);
		}
		MvcResult r = mvc.perform(LayananUji.formulir("/kelola/pengaduan/baru", f).with(accounts.as(Demo.PETUGAS)))
			.andExpect(status().is3xxRedirection()).andReturn();
		return r.getResponse().getRedirectedUrl().substring("/kelola/pengaduan/".length());
	}

	MvcResult aksi(String user, String nomor, String aksi, String... param) throws Exception {
		var b = post("/kelola/pengaduan/" + nomor + "/aksi").with(csrf()).with(accounts.as(user)).param("aksi", aksi);
		for (int i = 0; i + 1 < param.length; i += 2) {
			b.param(param[i], param[i + 1]);
		}
		return mvc.perform(b).andExpect(status().is3xxRedirection()).andReturn();
	}

	LocalDateTime tenggat(String nomor) {
		return jdbc.queryForObject("SELECT tenggat FROM layanan_pengaduan WHERE nomor = ?", OffsetDateTime.class, nomor)
			.atZoneSameInstant(WIB).toLocalDateTime();
	}

	@Test
	void aRinganComplaintFiledFriday1530IsDueMonday1030() throws Exception {
		String nomor = catat("WHATSAPP", "0812 9999 1111", "2026-11-06T15:30");
		// until classified, the strictest tier (ringan) runs
		assertThat(tenggat(nomor)).isEqualTo(LocalDateTime.of(2026, 11, 9, 10, 30));
		aksi(Demo.PETUGAS, nomor, "KLASIFIKASI", "kategori", "NORMATIF");
		// normatif, 5 hours: 30 minutes Friday, 4.5 hours Monday
		assertThat(tenggat(nomor)).isEqualTo(LocalDateTime.of(2026, 11, 9, 12, 30));
		aksi(Demo.PETUGAS, nomor, "KLASIFIKASI", "kategori", "RINGAN", "catatan", "Hanya perlu informasi tautan.");
		assertThat(tenggat(nomor)).isEqualTo(LocalDateTime.of(2026, 11, 9, 10, 30));
		Document d = Jsoup.parse(mvc.perform(get("/kelola/pengaduan/" + nomor).with(accounts.as(Demo.PETUGAS)))
			.andReturn().getResponse().getContentAsString());
		assertThat(d.select("#tenggat-pengaduan").text()).isEqualTo("9 Nov 2026 10.30");
		assertThat(d.select("#kategori-pengaduan").text()).isEqualTo("Pengaduan ringan");
		assertThat(d.select("#timer-pengaduan").text()).startsWith("lewat");
	}

	@Test
	void holidaysOfTheCalendarAreSkipped() throws Exception {
		// Friday 13 February 2026 15:30; 16 Feb (cuti bersama) and 17 Feb (Imlek) are closed
		String nomor = catat("SP4N_LAPOR", "LAPOR-2026-0213-001", "2026-02-13T15:30");
		aksi(Demo.PETUGAS, nomor, "KLASIFIKASI", "kategori", "RINGAN");
		assertThat(tenggat(nomor)).isEqualTo(LocalDateTime.of(2026, 2, 18, 10, 30));
		// 30 working days from Friday 13 March 2026 09:00, over Nyepi and Idul Fitri (18–24 March) and Good Friday (3 April)
		String lama = catat("SURAT", null, "2026-03-13T09:00");
		aksi(Demo.PETUGAS, lama, "KLASIFIKASI", "kategori", "BERKADAR_PENGAWASAN");
		assertThat(tenggat(lama)).isEqualTo(LocalDateTime.of(2026, 5, 5, 9, 0));
		assertThat(jdbc.queryForObject("SELECT referensi_kanal FROM layanan_pengaduan WHERE nomor = ?", String.class, nomor))
			.isEqualTo("LAPOR-2026-0213-001");
	}

	@Test
	void aComplaintIsAnsweredEscalatedResolvedAndRated() throws Exception {
		Tiket t = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		String nomor = t.nomor();
		// the Petugas holds it; the others do not act on it
		assertThat(Jsoup.parse(mvc.perform(get("/kelola/pengaduan").with(accounts.as(Demo.PETUGAS))).andReturn()
			.getResponse().getContentAsString()).select("#tabel-pengaduan").text()).contains(nomor);
		assertThat((String) aksi(Demo.SUBKOOR, nomor, "KLASIFIKASI", "kategori", "RINGAN").getFlashMap().get("galat"))
			.contains("tidak berwenang");
		MvcResult r = aksi(Demo.PETUGAS, nomor, "KLASIFIKASI");
		assertThat(r.getFlashMap().get("galat")).isEqualTo("Pilih kategori pengaduan.");
		aksi(Demo.PETUGAS, nomor, "KLASIFIKASI", "kategori", "TIDAK_BERKADAR_PENGAWASAN");
		aksi(Demo.PETUGAS, nomor, "TANGGAPI", "catatan", "Kami sedang menelusuri tautan unduhan tersebut.");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE surel LIKE ? AND judul_key = ?", Integer.class,
				"andi+%", "layanan.notif.aduanDitanggapi")).isPositive();
		// escalation: a reason is required, and it goes one level up
		assertThat(aksi(Demo.PETUGAS, nomor, "ESKALASI").getFlashMap().get("galat")).isEqualTo("Tuliskan alasan eskalasi.");
		aksi(Demo.PETUGAS, nomor, "ESKALASI", "catatan", "Perlu keputusan Sub Koordinator tentang perbaikan server.");
		assertThat(jdbc.queryForObject("SELECT tingkat FROM layanan_pengaduan WHERE nomor = ?", String.class, nomor))
			.isEqualTo("SUB_KOORDINATOR");
		assertThat((String) aksi(Demo.PETUGAS, nomor, "SELESAIKAN", "catatan", "x").getFlashMap().get("galat"))
			.contains("tidak berwenang");
		aksi(Demo.SUBKOOR, nomor, "SELESAIKAN", "catatan", "Tautan telah diperbaiki; silakan unduh kembali.");
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_pengaduan WHERE nomor = ?", String.class, nomor))
			.isEqualTo("SELESAI");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi LIKE 'pengaduan.%' AND ringkasan LIKE ?",
				Integer.class, nomor + "%")).isEqualTo(5);

		// the complainant sees the responses and the answer, not the internal escalation reason, and rates it
		LayananUji.Sesi sesi = new LayananUji.Sesi();
		LayananUji.lacak(mvc, sesi, nomor, t.kode(), ipAcak());
		Document page = Jsoup.parse(sesi.perform(mvc, get("/layanan/lacak/" + nomor)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#riwayat").text()).contains("Kami sedang menelusuri").contains("Dieskalasi")
			.doesNotContain("perbaikan server").contains("tidak berkadar pengawasan");
		assertThat(page.select("#hasil-tiket").text()).contains("Tautan telah diperbaiki");
		sesi.perform(mvc, post("/layanan/lacak/" + nomor + "/nilai").with(csrf()).param("nilai", "4"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT nilai FROM layanan_pengaduan WHERE nomor = ?", Integer.class, nomor)).isEqualTo(4);
	}

	@Test
	void theResolutionMailCarriesASingleUseRatingLinkThatNeedsNoAccountNorCode() throws Exception {
		String penanda = LayananUji.penanda();
		Tiket t = LayananUji.ajukan(mvc, LayananUji.pengaduan(penanda));
		aksi(Demo.PETUGAS, t.nomor(), "KLASIFIKASI", "kategori", "RINGAN");
		aksi(Demo.PETUGAS, t.nomor(), "SELESAIKAN", "catatan", "Sudah diperbaiki.");
		// the link reaches the requester by mail (a real SMTP server); once sent, the database no longer keeps it
		String alamat = "andi+" + penanda.toLowerCase() + "@contoh.id";
		String[] body = new String[1];
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
			for (jakarta.mail.internet.MimeMessage m : id.satudata.test.TestMailServer.get().getReceivedMessages()) {
				String content = String.valueOf(m.getContent());
				if (m.getAllRecipients()[0].toString().equals(alamat) && content.contains("/layanan/nilai/" + t.nomor())) {
					body[0] = content;
					return true;
				}
			}
			return false;
		});
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/layanan/nilai/" + java.util.regex.Pattern.quote(t.nomor())
				+ "\\?t=[^\\s]+)").matcher(body[0]);
		assertThat(link.find()).isTrue();
		String tautan = link.group(1);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM notifikasi WHERE judul_key = 'layanan.notif.aduanSelesai' AND argumen LIKE ? "
						+ "AND tautan IS NOT NULL", Integer.class, "%" + t.nomor() + "%") == 0);
		String token = tautan.substring(tautan.indexOf("?t=") + 3);
		// a wrong token opens nothing
		Document salah = Jsoup.parse(mvc.perform(get("/layanan/nilai/" + t.nomor()).param("t", "SALAH")
			.with(LayananUji.dari(ipAcak()))).andReturn().getResponse().getContentAsString());
		assertThat(salah.select("#form-nilai")).isEmpty();
		assertThat(salah.select("#galat-nilai").text()).contains("tidak berlaku");
		Document form = Jsoup.parse(mvc.perform(get(tautan).with(LayananUji.dari(ipAcak()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(form.select("#form-nilai input[name=nilai]")).hasSize(5);
		assertThat(form.text()).as("no personal data on the rating page").doesNotContain("Andi Pelapor");
		Document terima = Jsoup.parse(mvc.perform(post("/layanan/nilai/" + t.nomor()).with(csrf()).param("t", token)
			.param("nilai", "5").param("komentar", "Terima kasih.")).andReturn().getResponse().getContentAsString());
		assertThat(terima.select("#nilai-terkirim").text()).isEqualTo("Terima kasih atas penilaian Anda.");
		assertThat(jdbc.queryForObject("SELECT nilai FROM layanan_pengaduan WHERE nomor = ?", Integer.class, t.nomor()))
			.isEqualTo(5);
		// single use
		Document lagi = Jsoup.parse(mvc.perform(post("/layanan/nilai/" + t.nomor()).with(csrf()).param("t", token)
			.param("nilai", "1")).andReturn().getResponse().getContentAsString());
		assertThat(lagi.select("#galat-nilai").text()).contains("sudah dipakai");
		assertThat(jdbc.queryForObject("SELECT nilai FROM layanan_pengaduan WHERE nomor = ?", Integer.class, t.nomor()))
			.isEqualTo(5);
	}

	@Test
	void anSp4nLaporComplaintNeedsItsReferenceAndTheWebChannelIsForThePublic() throws Exception {
		long org = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		long sebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_pengaduan", Long.class);
		Document d = Jsoup.parse(mvc.perform(LayananUji.formulir("/kelola/pengaduan/baru", Map.of("organisasiId",
				String.valueOf(org), "kanal", "SP4N_LAPOR", "perihal", "x", "uraian", "y", "nama", "z", "telepon",
				"0717 123456")).with(accounts.as(Demo.PETUGAS))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(d.select("#referensiKanal-info").text()).contains("SP4N-LAPOR");
		d = Jsoup.parse(mvc.perform(LayananUji.formulir("/kelola/pengaduan/baru", Map.of("organisasiId",
				String.valueOf(org), "kanal", "WEB", "perihal", "x", "uraian", "y", "nama", "z", "telepon", "0717 123456"))
			.with(accounts.as(Demo.PETUGAS))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select("#kanal-info").text()).contains("Pilih saluran");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_pengaduan", Long.class)).isEqualTo(sebelum);
	}

}
