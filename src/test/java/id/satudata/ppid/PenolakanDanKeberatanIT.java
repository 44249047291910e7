package id.satudata.ppid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal and an objection over HTTP: the PPID refuses only with a Pasal 17 ground and the
 * consequence test; the written notice (PDF) names them and the objection period; the requester
 * objects within 30 working days (not after); only the PPID's superior (the Kepala Dinas) answers,
 * within 30 working days on the holiday calendar: refused (the way to the Komisi Informasi), or
 * upheld, which grants the request and its access.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PenolakanDanKeberatanIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	CkanApi api;
	String slug;

	@BeforeAll
	void terbatasDataset() throws Exception {
		api = new CkanApi(mvc, json);
		String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
		slug = "ppid-tolak-" + run;
		String walidata = CkanApi.token(Demo.WALIDATA);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", slug);
		d.put("title", "Data Pribadi Pasien " + run);
		d.put("notes", "Rekam kasus per pasien");
		d.put("owner_org", "dinkes-19");
		d.put("extras", List.of(Map.of("key", "akses", "value", "TERBATAS"), Map.of("key", "frekuensi", "value", "TAHUNAN")));
		api.createDataset(walidata, d);
		api.uploadRelease(walidata, slug, "kecamatan,jumlah\nBukit Intan,3\n", "2023", true);
		// the Walidata lists the stub through the dataset's form, all else as it was
		Document form = Jsoup.parse(html("/kelola/dataset/" + slug + "/ubah", Demo.WALIDATA));
		MockHttpServletRequestBuilder post = post("/kelola/dataset/" + slug + "/ubah").with(csrf());
		for (Element e : form.select("form input[name], form select[name], form textarea[name]")) {
			String name = e.attr("name");
			if (name.equals("_csrf") || e.is("input[type=checkbox]") && !e.hasAttr("checked")) {
				continue;
			}
			post.param(name, e.is("select") ? (e.selectFirst("option[selected]") == null ? ""
					: e.selectFirst("option[selected]").val()) : e.is("textarea") ? e.text() : e.val());
		}
		post.param("stubDapatDimohon", "true");
		assertThat(as(post, Demo.WALIDATA).getStatus()).isEqualTo(302);
	}

	MockHttpServletResponse as(MockHttpServletRequestBuilder r, String user) throws Exception {
		return mvc.perform(r.with(accounts.as(user))).andReturn().getResponse();
	}

	String html(String path, String user) throws Exception {
		MockHttpServletResponse r = as(get(path), user);
		assertThat(r.getStatus()).as(path).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	String ajukanDanRegistrasi() throws Exception {
		MockHttpServletResponse r = as(post("/ppid/permohonan/baru").with(csrf()).param("dataset", slug)
			.param("nama", "Pemohon Keberatan").param("jenisIdentitas", "KTP").param("nomorIdentitas", "1971020202020002")
			.param("alamat", "Jl. Sudirman 2, Sungailiat").param("telepon", "081298765432")
			.param("surel", "pemohon@example.org").param("rincian", "Rekam kasus per pasien")
			.param("tujuan", "Jurnalisme data").param("caraMemperoleh", "SALINAN_SOFTCOPY")
			.param("caraSalinan", "UNDUH_PORTAL").param("persetujuan", "true"), Demo.PENGGUNA);
		String nomor = r.getRedirectedUrl().substring("/kelola/permohonan-saya/".length());
		assertThat(as(post("/kelola/ppid/" + nomor + "/langkah").with(csrf()).param("aksi", "REGISTRASI"), Demo.PPID)
			.getStatus()).isEqualTo(302);
		return nomor;
	}

	String status(String nomor) {
		return jdbc.queryForObject("SELECT status FROM ppid_permohonan WHERE nomor = ?", String.class, nomor);
	}

	Instant waktu(String kolom, String nomor) {
		return jdbc.queryForObject("SELECT " + kolom + " FROM ppid_permohonan WHERE nomor = ?", Timestamp.class, nomor)
			.toInstant();
	}

	String tolak(String nomor, String alasan, String uji) throws Exception {
		MockHttpServletRequestBuilder r = post("/kelola/ppid/" + nomor + "/tolak").with(csrf());
		if (alasan != null) {
			r.param("alasanPengecualian", alasan);
		}
		if (uji != null) {
			r.param("ujiKonsekuensi", uji);
		}
		MockHttpServletResponse res = as(r, Demo.PPID);
		assertThat(res.getStatus()).isEqualTo(302);
		return status(nomor);
	}

	MockHttpServletResponse keberatan(String nomor, String alasan, String uraian) throws Exception {
		MockHttpServletRequestBuilder r = post("/kelola/permohonan-saya/" + nomor + "/keberatan").with(csrf())
			.param("uraian", uraian);
		if (alasan != null) {
			r.param("alasanKeberatan", alasan);
		}
		return as(r, Demo.PENGGUNA);
	}

	MockHttpServletResponse putus(String nomor, String user, boolean terima, String tanggapan) throws Exception {
		return as(post("/kelola/ppid/" + nomor + "/keberatan").with(csrf()).param("terima", String.valueOf(terima))
			.param("tanggapan", tanggapan), user);
	}

	static String teks(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void refusalObjectionRefusedAndUpheld() throws Exception {
		String nomor = ajukanDanRegistrasi();
		// no letter before a decision
		assertThat(as(get("/kelola/permohonan-saya/" + nomor + "/surat.pdf"), Demo.PENGGUNA).getStatus()).isEqualTo(404);

		// a refusal names its ground and the consequence test
		assertThat(tolak(nomor, null, "Mengungkap identitas pasien.")).isEqualTo("DIPROSES");
		assertThat(tolak(nomor, "PASAL_17_H", " ")).isEqualTo("DIPROSES");
		assertThat(tolak(nomor, "PASAL_17_H", "Membuka data ini mengungkap riwayat kesehatan orang; kerugiannya lebih besar dari manfaatnya."))
			.isEqualTo("DITOLAK");
		Instant diputus = waktu("diputus_pada", nomor);
		assertThat(waktu("tenggat_keberatan", nomor)).isEqualTo(calendar.plusWorkingDays(diputus, 30));
		assertThat(api.get("package_show", CkanApi.token(Demo.PENGGUNA), "id", slug).status()).isEqualTo(404);

		// the written notice, for the requester and the PPID, never for those asked a view
		MockHttpServletResponse pdf = as(get("/kelola/permohonan-saya/" + nomor + "/surat.pdf"), Demo.PENGGUNA);
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String surat = teks(pdf.getContentAsByteArray());
		assertThat(surat).contains("penolakan permohonan informasi".toUpperCase(), "Pemohon Keberatan",
				"Pasal 17 huruf h", "kerugiannya lebih besar", "30 hari kerja", waktuIndonesia(waktu("tenggat_keberatan", nomor)));
		assertThat(as(get("/kelola/ppid/" + nomor + "/surat.pdf"), Demo.PPID).getStatus()).isEqualTo(200);
		assertThat(as(get("/kelola/ppid/" + nomor + "/surat.pdf"), Demo.WALIDATA).getStatus()).isEqualTo(403);
		assertThat(html("/kelola/permohonan-saya/" + nomor, Demo.PENGGUNA)).contains("Pasal 17 huruf h", "surat.pdf",
				"aksi-AJUKAN_KEBERATAN");

		// the objection: a Pasal 35 ground is required; then the superior's 30 working days run
		assertThat(keberatan(nomor, null, "Data dapat dianonimkan.").getStatus()).isEqualTo(302);
		assertThat(status(nomor)).isEqualTo("DITOLAK");
		assertThat(keberatan(nomor, "PASAL_35_A", "Data dapat dianonimkan per kecamatan.").getStatus()).isEqualTo(302);
		assertThat(status(nomor)).isEqualTo("KEBERATAN");
		assertThat(waktu("tenggat", nomor)).isEqualTo(calendar.plusWorkingDays(waktu("keberatan_pada", nomor), 30));
		assertThat(html("/kelola/permohonan-saya/" + nomor, Demo.PENGGUNA)).containsPattern("sisa \\d+ hari kerja");

		// only the superior answers: not the PPID, not the requester
		putus(nomor, Demo.PPID, true, "Diterima.");
		assertThat(status(nomor)).isEqualTo("KEBERATAN");
		assertThat(putus(nomor, Demo.PENGGUNA, true, "Diterima.").getStatus()).isEqualTo(403);
		assertThat(status(nomor)).isEqualTo("KEBERATAN");
		assertThat(html("/kelola/ppid/" + nomor, Demo.KADIS)).contains("1971020202020002", "aksi-TOLAK_KEBERATAN");
		assertThat(putus(nomor, Demo.KADIS, false, "Penolakan PPID sudah tepat: data per pasien.").getStatus())
			.isEqualTo(302);
		assertThat(status(nomor)).isEqualTo("KEBERATAN_DITOLAK");
		String tanggapan = teks(as(get("/kelola/permohonan-saya/" + nomor + "/surat.pdf"), Demo.PENGGUNA)
			.getContentAsByteArray());
		assertThat(tanggapan).contains("TANGGAPAN ATAS KEBERATAN", "Penolakan PPID sudah tepat", "Komisi Informasi");
		assertThat(api.get("package_show", CkanApi.token(Demo.PENGGUNA), "id", slug).status()).isEqualTo(404);

		// a second request: refused, the objection upheld by the superior grants it with access
		String kedua = ajukanDanRegistrasi();
		assertThat(tolak(kedua, "PASAL_17_H", "Uji konsekuensi: riwayat kesehatan.")).isEqualTo("DITOLAK");
		assertThat(keberatan(kedua, "PASAL_35_A", "Hanya butuh agregat.").getStatus()).isEqualTo(302);
		assertThat(putus(kedua, Demo.KADIS, true, "Data agregat per kecamatan tidak mengungkap pasien.").getStatus())
			.isEqualTo(302);
		assertThat(status(kedua)).isEqualTo("DIKABULKAN");
		assertThat(api.get("package_show", CkanApi.token(Demo.PENGGUNA), "id", slug).status()).isEqualTo(200);
		assertThat(teks(as(get("/kelola/permohonan-saya/" + kedua + "/surat.pdf"), Demo.PENGGUNA).getContentAsByteArray()))
			.contains("TANGGAPAN ATAS KEBERATAN", "tidak mengungkap pasien", "sampai dengan tanggal");

		// after the objection period, no objection
		String ketiga = ajukanDanRegistrasi();
		assertThat(tolak(ketiga, "PASAL_17_J", "Dilarang undang-undang.")).isEqualTo("DITOLAK");
		jdbc.update("UPDATE ppid_permohonan SET tenggat_keberatan = ? WHERE nomor = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), ketiga);
		assertThat(keberatan(ketiga, "PASAL_35_A", "Terlambat.").getStatus()).isEqualTo(302);
		assertThat(status(ketiga)).isEqualTo("DITOLAK");

		// the Daftar Informasi Publik: open published data from the catalog; the refused dataset among the excepted
		Document dip = Jsoup.parse(mvc.perform(get("/ppid/daftar-informasi-publik")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(dip.select("#tabel-dip tbody tr")).hasSizeGreaterThan(1);
		assertThat(dip.select("#tabel-dip").text()).doesNotContain("Data Pribadi Pasien");
		String publik = api.get("package_list", null).ok().result().get(0).asString();
		assertThat(dip.select("#tabel-dip a").eachAttr("href")).contains("/dataset/" + publik);
		assertThat(dip.select("#tabel-dikecualikan").text()).contains("Data Pribadi Pasien", "Pasal 17 huruf h",
				"riwayat kesehatan");

		// every step audited, the requester notified of each decision
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE aksi IN ('ppid.tolak', 'ppid.ajukan_keberatan',"
				+ " 'ppid.tolak_keberatan') AND ringkasan LIKE ?", Integer.class, nomor + "%")).isEqualTo(3);
	}

	static String waktuIndonesia(Instant t) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id"))
			.format(t.atZone(java.time.ZoneId.of("Asia/Jakarta")));
	}

}
