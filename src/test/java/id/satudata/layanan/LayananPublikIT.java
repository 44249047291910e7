package id.satudata.layanan;

import static id.satudata.layanan.LayananUji.dari;
import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.layanan.LayananUji.Tiket;
import id.satudata.test.IntegrationTest;

/**
 * A member of the public, without an account, files a service request and a complaint on the
 * portal and follows both by ticket number and tracking code; nobody reads a ticket without its
 * code; bad input is refused with a message saying what is wrong and leaves nothing behind;
 * bots and guessing are held off.
 */
@IntegrationTest
class LayananPublikIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicFilesARequestAndFollowsItByNumberAndCode() throws Exception {
		Document form = Jsoup.parse(mvc.perform(get("/layanan")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(form.select("#form-permintaan input[name=jenis]")).hasSize(6);
		assertThat(form.select("#tabel-sla").text()).contains("Perencanaan data").contains("1–3 bulan")
			.contains("Pengumpulan data 3–6 bulan").contains("Penyebarluasan data 1–6 minggu");

		String perihal = LayananUji.penanda();
		Tiket t = LayananUji.ajukan(mvc, LayananUji.permintaan(perihal).file(LayananUji.pdf("surat-permohonan.pdf")));
		assertThat(t.nomor()).matches("LYN-\\d{4}-\\d{6}");
		assertThat(t.kode()).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
		assertThat(jdbc.queryForObject("SELECT kode_lacak_hash FROM layanan_permintaan WHERE nomor = ?", String.class,
				t.nomor())).as("only a hash of the code is stored").doesNotContain(t.kode().replace("-", ""));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.diajukan' AND ringkasan LIKE ?",
				Integer.class, t.nomor() + "%")).isOne();

		// the number alone opens nothing
		LayananUji.Sesi session = new LayananUji.Sesi();
		session.perform(mvc, get("/layanan/lacak/" + t.nomor()))
			.andExpect(redirectedUrl("/layanan/lacak?nomor=" + t.nomor()));
		// with the code (in any spelling), the ticket opens in this session
		MvcResult ok = LayananUji.lacak(mvc, session, t.nomor(), t.kode().toLowerCase().replace("-", " "), ipAcak());
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/layanan/lacak/" + t.nomor());
		Document page = Jsoup.parse(session.perform(mvc, get("/layanan/lacak/" + t.nomor()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#nomor-tiket").text()).isEqualTo(t.nomor());
		assertThat(page.select("#status-tiket").text()).isEqualTo("Menunggu disposisi Kepala Dinas");
		assertThat(page.select("#tiket").text()).contains(perihal).contains("Siti Warga").contains("1–6 minggu");
		assertThat(page.select("#daftar-lampiran a").text()).isEqualTo("surat-permohonan.pdf");
		// its attachment downloads in that session, as a download
		String href = page.select("#daftar-lampiran a").attr("href");
		MvcResult file = session.perform(mvc, get(href)).andExpect(status().isOk()).andReturn();
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(file.getResponse().getContentAsString()).startsWith("%PDF-");
		mvc.perform(get(href)).andExpect(status().isNotFound());
		assertThat(page.select("#nilai-tiket")).as("not resolved yet: nothing to rate").isEmpty();
	}

	@Test
	void thePublicFilesAComplaintAndFollowsIt() throws Exception {
		String perihal = LayananUji.penanda();
		Tiket t = LayananUji.ajukan(mvc, LayananUji.pengaduan(perihal));
		assertThat(t.nomor()).matches("ADU-\\d{4}-\\d{6}");
		LayananUji.Sesi session = new LayananUji.Sesi();
		LayananUji.lacak(mvc, session, t.nomor(), t.kode(), ipAcak());
		Document page = Jsoup.parse(session.perform(mvc, get("/layanan/lacak/" + t.nomor()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#status-tiket").text()).isEqualTo("Diterima");
		assertThat(page.select("#tiket").text()).contains(perihal).contains("Andi Pelapor").contains("Formulir web");
		assertThat(jdbc.queryForObject("SELECT status FROM layanan_pengaduan WHERE nomor = ?", String.class, t.nomor()))
			.isEqualTo("DITERIMA");
	}

	@Test
	void nobodyReadsATicketWithoutItsOwnCodeAndAWrongCodeLooksLikeAnUnknownNumber() throws Exception {
		Tiket a = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		Tiket b = LayananUji.ajukan(mvc, LayananUji.pengaduan(LayananUji.penanda()));
		String ip = ipAcak();
		LayananUji.Sesi session = new LayananUji.Sesi();
		String salahKode = LayananUji.lacak(mvc, session, a.nomor(), b.kode(), ip).getResponse().getContentAsString();
		String tidakAda = LayananUji.lacak(mvc, session, "LYN-2026-999999", a.kode(), ip).getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(salahKode).select("#galat-lacak").text())
			.isEqualTo("Nomor tiket dan kode lacak tidak cocok. Periksa kembali keduanya.")
			.isEqualTo(Jsoup.parse(tidakAda).select("#galat-lacak").text());
		session.perform(mvc, get("/layanan/lacak/" + a.nomor())).andExpect(status().is3xxRedirection());
		// a code opens only its own ticket, also in a session that holds another ticket
		LayananUji.lacak(mvc, session, b.nomor(), b.kode(), ip);
		session.perform(mvc, get("/layanan/lacak/" + b.nomor())).andExpect(status().isOk());
		session.perform(mvc, get("/layanan/lacak/" + a.nomor())).andExpect(status().is3xxRedirection());
		// a signed-in user without a service role sees no ticket in the back office either
		// (see LayananOtorisasiIT); here: staff pages are closed to anonymous visitors
		mvc.perform(get("/kelola/layanan/" + a.nomor())).andExpect(status().is3xxRedirection());
	}

	@Test
	void guessingACodeIsStoppedPerTicket() throws Exception {
		Tiket t = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		LayananUji.Sesi session = new LayananUji.Sesi();
		for (int i = 0; i < 10; i++) {
			// every guess from another address: the per-ticket limit still holds
			LayananUji.lacak(mvc, session, t.nomor(), "ZZZZZ-ZZZZ" + (i % 8 + 2), ipAcak());
		}
		MvcResult r = LayananUji.lacak(mvc, session, t.nomor(), t.kode(), ipAcak());
		assertThat(Jsoup.parse(r.getResponse().getContentAsString()).select("#galat-lacak").text())
			.contains("Terlalu banyak percobaan");
		session.perform(mvc, get("/layanan/lacak/" + t.nomor())).andExpect(status().is3xxRedirection());
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndLeavesNothing() throws Exception {
		long sebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan", Long.class);
		long lampiranSebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_lampiran", Long.class);
		String ip = ipAcak();
		// no way to reach the requester
		Document d = Jsoup.parse(mvc.perform(LayananUji.permintaan(LayananUji.penanda(), "surel", "",
				"telepon", "").with(dari(ip))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select("#surel-info").text()).contains("Isi surel atau nomor telepon");
		// a program renamed to .pdf
		MockMultipartFile palsu = new MockMultipartFile("lampiran", "jadwal.pdf", "application/pdf",
				"MZ\u0090\u0000this is not a pdf".getBytes(StandardCharsets.ISO_8859_1));
		d = Jsoup.parse(mvc.perform(LayananUji.permintaan(LayananUji.penanda()).file(palsu).with(dari(ip)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select(".alert-danger").text()).contains("Isi berkas \"jadwal.pdf\" bukan berkas PDF");
		// a type that is not accepted
		MockMultipartFile exe = new MockMultipartFile("lampiran", "setup.exe", "application/octet-stream", new byte[] { 1 });
		d = Jsoup.parse(mvc.perform(LayananUji.pengaduan(LayananUji.penanda()).file(exe).with(dari(ip)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select(".alert-danger").text()).contains("\"setup.exe\" tidak diterima");
		// no type of service, a malformed e-mail address
		d = Jsoup.parse(mvc.perform(LayananUji.permintaan(LayananUji.penanda(), "jenis", "", "surel", "bukan-surel")
			.with(dari(ip))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(d.select(".invalid-feedback").text()).contains("Wajib diisi.");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_permintaan", Long.class)).isEqualTo(sebelum);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_lampiran", Long.class)).isEqualTo(lampiranSebelum);
	}

	@Test
	void botsAndFloodsAreHeldOff() throws Exception {
		long sebelum = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_pengaduan", Long.class);
		// the honeypot: a field people never see
		Document d = Jsoup.parse(mvc.perform(LayananUji.pengaduan(LayananUji.penanda(), "situs", "http://spam.example")
			.with(dari(ipAcak()))).andReturn().getResponse().getContentAsString());
		assertThat(d.select(".alert-danger").text()).contains("tidak dapat diproses");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_pengaduan", Long.class)).isEqualTo(sebelum);
		// ten tickets an hour from one address, then no more
		String ip = ipAcak();
		for (int i = 0; i < 10; i++) {
			mvc.perform(LayananUji.pengaduan(LayananUji.penanda()).with(dari(ip))).andExpect(redirectedUrl("/layanan/terkirim"));
		}
		d = Jsoup.parse(mvc.perform(LayananUji.pengaduan(LayananUji.penanda()).with(dari(ip))).andReturn().getResponse()
			.getContentAsString());
		assertThat(d.select(".alert-danger").text()).contains("Terlalu banyak tiket");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layanan_pengaduan", Long.class)).isEqualTo(sebelum + 10);
		// without CSRF, nothing
		mvc.perform(post("/pengaduan").param("perihal", "x").with(dari(ipAcak()))).andExpect(status().isForbidden());
		mvc.perform(post("/layanan/lacak").param("nomor", "x").param("kode", "y")).andExpect(status().isForbidden());
		mvc.perform(post("/layanan/lacak").with(csrf()).param("nomor", "x").param("kode", "y")).andExpect(status().isOk());
	}

}
