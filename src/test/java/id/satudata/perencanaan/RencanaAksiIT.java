package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The Rencana Aksi: Bappeda sets an item for a unit; the unit reports progress and evidence and
 * finishes it; overdue items are marked; reminders before the due date and when overdue.
 */
@IntegrationTest
class RencanaAksiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar kalender;

	@Autowired
	ApplicationContext context;

	RencanaUji uji;

	@BeforeEach
	void setUp() {
		uji = new RencanaUji(mvc, accounts, organisasi);
	}

	long buat(String judul, LocalDate tenggat) throws Exception {
		MvcResult r = mvc.perform(post("/kelola/rencana-aksi/baru").with(csrf()).with(accounts.as(Demo.KOORDINATOR))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("judul", judul).param("uraian", "Uraian " + judul)
			.param("unitId", String.valueOf(uji.unit("Disdukcapil"))).param("tenggat", tenggat.toString())
			.param("tahun", String.valueOf(tenggat.getYear())).param("status", "SELESAI").param("progres", "100")).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).startsWith("/kelola/rencana-aksi/");
		return RencanaUji.id(r.getResponse().getRedirectedUrl());
	}

	MvcResult aksi(String user, long id, String aksi, String catatan) throws Exception {
		MockHttpServletRequestBuilder b = post("/kelola/rencana-aksi/" + id + "/aksi").with(csrf()).with(accounts.as(user))
			.param("aksi", aksi);
		if (catatan != null) {
			b.param("catatan", catatan);
		}
		return mvc.perform(b).andReturn();
	}

	MvcResult bukti(String user, long id, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/kelola/rencana-aksi/" + id + "/bukti").file(new MockMultipartFile("berkas", name,
				"application/octet-stream", content)).param("keterangan", "Notulen").with(csrf()).with(accounts.as(user)))
			.andReturn();
	}

	String status(long id) {
		return jdbc.queryForObject("SELECT status FROM rencana_aksi WHERE id = ?", String.class, id);
	}

	@Test
	void theOwnerUnitReportsProgressAndEvidenceAndFinishesTheItem() throws Exception {
		String judul = "Memutakhirkan kode wilayah " + RencanaUji.unik();
		// only Bappeda sets items
		assertThat(mvc.perform(post("/kelola/rencana-aksi/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("judul", "x")
			.param("unitId", String.valueOf(uji.unit("Disdukcapil"))).param("tenggat", "2030-01-01")).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		// a unit of another organization is refused
		String html = mvc.perform(post("/kelola/rencana-aksi/baru").with(csrf()).with(accounts.as(Demo.KOORDINATOR))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("judul", "x").param("tenggat", "2030-01-01")
			.param("unitId", String.valueOf(uji.unit(organisasi.organisasiDenganKodeWilayah("19.71").orElseThrow().id(), "Disdik"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#form-rencana-aksi").text()).contains("Pilih unit organisasi ini");

		long id = buat(judul, LocalDate.of(2030, 6, 30));
		// status and progress are not bound from the form
		assertThat(status(id)).isEqualTo("BELUM_MULAI");
		assertThat(jdbc.queryForObject("SELECT progres FROM rencana_aksi WHERE id = ?", Integer.class, id)).isZero();
		// another unit's producer may not report on it; the Walidata neither (not the owner, not Bappeda)
		assertThat(aksi(Demo.PRODUSEN_DINKES, id, "MULAI", null).getFlashMap().get("galat").toString()).contains("tidak berwenang");
		assertThat(mvc.perform(post("/kelola/rencana-aksi/" + id + "/progres").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("progres", "50")).andReturn().getResponse().getStatus()).isEqualTo(403);
		// the owner unit starts, reports, cannot finish without evidence
		assertThat(RencanaUji.flashGalat(aksi(Demo.PRODUSEN, id, "MULAI", null))).isNull();
		assertThat(RencanaUji.flashGalat(mvc.perform(post("/kelola/rencana-aksi/" + id + "/progres").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("progres", "140")).andReturn())).contains("0 sampai 100");
		assertThat(RencanaUji.flashGalat(mvc.perform(post("/kelola/rencana-aksi/" + id + "/progres").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("progres", "70").param("catatan", "Tiga dataset selesai")).andReturn()))
			.isNull();
		assertThat(RencanaUji.flashGalat(aksi(Demo.PRODUSEN, id, "SELESAIKAN", null))).contains("bukti dukung");
		// evidence: checked by type and content
		assertThat(RencanaUji.flashGalat(bukti(Demo.PRODUSEN, id, "bukti.html", "<html>".getBytes()))).contains("tidak diterima");
		assertThat(RencanaUji.flashGalat(bukti(Demo.PRODUSEN, id, "bukti.pdf", "MZ\u0090".getBytes()))).contains("tidak sesuai");
		assertThat(RencanaUji.flashGalat(bukti(Demo.PRODUSEN, id, "../../notulen.pdf", "%PDF-1.7 notulen".getBytes())))
			.isNull();
		Document page = Jsoup.parse(uji.html(Demo.KOORDINATOR, "/kelola/rencana-aksi/" + id));
		String link = page.select("#daftar-bukti a").first().attr("href");
		assertThat(page.select("#daftar-bukti").text()).contains("notulen.pdf").doesNotContain("../");
		assertThat(mvc.perform(get(link).with(accounts.as(Demo.KOORDINATOR))).andReturn().getResponse().getContentAsString())
			.isEqualTo("%PDF-1.7 notulen");
		assertThat(RencanaUji.flashGalat(aksi(Demo.PRODUSEN, id, "SELESAIKAN", null))).isNull();
		assertThat(status(id)).isEqualTo("SELESAI");
		assertThat(jdbc.queryForObject("SELECT progres FROM rencana_aksi WHERE id = ?", Integer.class, id)).isEqualTo(100);
		// only Bappeda reopens, with a note
		assertThat(RencanaUji.flashGalat(aksi(Demo.PRODUSEN, id, "BUKA_KEMBALI", "lagi"))).contains("tidak berwenang");
		assertThat(RencanaUji.flashGalat(aksi(Demo.KOORDINATOR, id, "BUKA_KEMBALI", ""))).contains("memerlukan catatan");
		assertThat(RencanaUji.flashGalat(aksi(Demo.KOORDINATOR, id, "BUKA_KEMBALI", "Bukti kurang lengkap"))).isNull();
		assertThat(status(id)).isEqualTo("BERJALAN");
		assertThat(jdbc.queryForList("SELECT aksi FROM audit_event WHERE objek_tipe = 'RencanaAksi' AND objek_id = ? ORDER BY id",
				String.class, String.valueOf(id))).containsExactly("rencanaAksi.dibuat", "rencanaAksi.mulai",
						"rencanaAksi.progres", "rencanaAksi.buktiDiunggah", "rencanaAksi.selesaikan", "rencanaAksi.buka_kembali");
	}

	@Test
	void overdueItemsAreMarkedAndOwnersRemindedOnce() throws Exception {
		LocalDate today = LocalDate.now(kalender.zone());
		String lewat = "Menyusun pedoman " + RencanaUji.unik();
		long overdue = buat(lewat, today.minusDays(10));
		String dekat = "Menyusun MS-Keg " + RencanaUji.unik();
		LocalDate tenggat = kalender.workingDayOnOrAfter(today.plusDays(40));
		long soon = buat(dekat, tenggat);
		Document list = Jsoup.parse(uji.html(Demo.PRODUSEN, "/kelola/rencana-aksi?tahun=" + today.minusDays(10).getYear()));
		assertThat(list.select("#tabel-rencana-aksi tr.table-danger").text()).contains(lewat).doesNotContain(dekat);

		Object job = context.getBean("pengingatRencanaAksi");
		java.lang.reflect.Method run = job.getClass().getDeclaredMethod("jalankan", LocalDate.class);
		run.setAccessible(true);
		LocalDate h1 = tenggat.minusDays(1);
		while (kalender.workingDaysBetween(h1, tenggat) < 1) {
			h1 = h1.minusDays(1);
		}
		run.invoke(job, h1);
		run.invoke(job, h1);
		run.invoke(job, today);
		assertThat(notices(dekat, "notif.rencanaAksi.pengingat")).isEqualTo(1);
		assertThat(notices(lewat, "notif.rencanaAksi.terlambat")).isEqualTo(1);
		// the Koordinator hears of the overdue item too
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = 'notif.rencanaAksi.terlambat' AND n.argumen LIKE ?", Long.class,
				Demo.KOORDINATOR, "%" + lewat + "%")).isEqualTo(1);
		assertThat(soon).isPositive();
		assertThat(overdue).isPositive();
	}

	long notices(String judul, String key) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = ? AND n.argumen LIKE ?", Long.class, Demo.PRODUSEN, key,
				"%" + judul + "%");
	}

}
