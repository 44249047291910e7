package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jadwal Rilis: what producers owe ({@link JadwalRilisLookup}) and how it stands, measured from
 * the catalog while no collection module reports progress; the public calendar, its iCalendar feeds
 * and the Data Prioritas page (TERBUKA entries only); rescheduling after approval; the producers'
 * duties page; reminders N working days before a deadline, sent once.
 */
@IntegrationTest
class JadwalRilisIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	JadwalRilisLookup lookup;

	@Autowired
	WorkingCalendar kalender;

	@Autowired
	org.springframework.context.ApplicationContext context;

	RencanaUji uji;

	@BeforeEach
	void setUp() {
		uji = new RencanaUji(mvc, accounts, organisasi);
	}

	@Test
	void anApprovedEntryIsOwedAndItsProgressIsMeasuredFromTheCatalog() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		// a dataset the entry continues, in the catalog already
		CkanApi api = new CkanApi(mvc, json);
		String slug = "uji-jadwal-" + u;
		Map<String, Object> ds = new LinkedHashMap<>();
		ds.put("name", slug);
		ds.put("title", "Jumlah Kelahiran Uji " + u);
		ds.put("owner_org", "disdukcapil-19");
		ds.put("extras", List.of(Map.of("key", "frekuensi", "value", "TAHUNAN"), Map.of("key", "jenis_data", "value",
				"STATISTIK")));
		long datasetId = api.createDataset(CkanApi.token(Demo.WALIDATA), ds).path("id_angka").asLong(0);
		if (datasetId == 0) {
			datasetId = jdbc.queryForObject("SELECT id FROM dataset WHERE slug = ?", Long.class, slug);
		}
		long unit = uji.unit("Disdukcapil");
		long e = uji.disetujui(d, Demo.PRODUSEN, uji.entri("Jumlah Kelahiran Uji " + u, unit, "TAHUNAN", "datasetId",
				String.valueOf(datasetId)), false);
		String periode = String.valueOf(d.tahun() - 1);
		LocalDate due = kalender.workingDayOnOrAfter(LocalDate.of(d.tahun(), 3, 31));

		// the link was kept, not a new dataset made
		assertThat(jdbc.queryForObject("SELECT dataset_id FROM daftar_data_entri WHERE id = ?", Long.class, e))
			.isEqualTo(datasetId);
		assertThat(jdbc.queryForObject("SELECT daftar_data_id FROM dataset WHERE id = ?", Long.class, datasetId)).isEqualTo(e);
		KewajibanRilis k = only(lookup.kewajibanUnit(unit, d.tahun()), e);
		assertThat(k.periode()).isEqualTo(periode);
		assertThat(k.tanggalRencana()).isEqualTo(due);
		assertThat(k.datasetId()).isEqualTo(datasetId);
		assertThat(k.datasetSlug()).isEqualTo(slug);
		assertThat(k.tahap()).isEqualTo(TahapRilis.DIRENCANAKAN);
		assertThat(k.terlambat()).as("due in %s", d.tahun()).isFalse();
		assertThat(lookup.tenggat(datasetId, periode)).contains(due);
		assertThat(lookup.tenggat(datasetId, "1999")).isEmpty();
		assertThat(lookup.kewajibanOrganisasi(uji.provinsi(), d.tahun())).extracting(KewajibanRilis::entriId).contains(e);

		// collected: a draft release of the period
		String csv = "kode_wilayah,jumlah\n19.71,120\n19.01,300\n";
		String rilis = api.uploadRelease(CkanApi.token(Demo.WALIDATA), slug, csv, periode, false);
		assertThat(lookup.kewajiban(datasetId, periode).orElseThrow().tahap()).isEqualTo(TahapRilis.TERKUMPUL);
		// published (and so checked): on time, since its deadline is ahead
		assertThat(mvc.perform(post("/kelola/dataset/" + slug + "/rilis/" + rilis + "/terbitkan").with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andReturn().getResponse().getStatus()).isEqualTo(302);
		KewajibanRilis published = lookup.kewajiban(datasetId, periode).orElseThrow();
		assertThat(published.tahap()).isEqualTo(TahapRilis.TERBIT);
		assertThat(published.diterbitkanPada()).isNotNull();
		assertThat(published.terlambat()).isFalse();

		// the producer's duties page shows it
		Document duties = Jsoup.parse(uji.html(Demo.PRODUSEN, "/kelola/kewajiban-data?tahun=" + d.tahun()));
		assertThat(duties.select("#tabel-kewajiban").text()).contains("Jumlah Kelahiran Uji " + u).contains("Terbit")
			.contains(periode);
		// on the public calendar, linking to the published dataset
		Document list = Jsoup.parse(uji.html(null, "/jadwal-rilis?tampilan=daftar&tahun=" + d.tahun()));
		assertThat(list.select("#daftar-rilis a[href=/dataset/" + slug + "]").text()).isEqualTo("Jumlah Kelahiran Uji " + u);
		Document month = Jsoup.parse(uji.html(null, "/jadwal-rilis?tahun=" + d.tahun() + "&bulan=" + due.getMonthValue()));
		assertThat(month.select("#kalender-bulan .sd-rilis[data-status=TERBIT]").text()).contains("Jumlah Kelahiran Uji " + u);
		// filtered by another OPD it is not there; by its own it is
		assertThat(uji.html(null, "/jadwal-rilis?tampilan=daftar&tahun=" + d.tahun() + "&opd=dinkes-19"))
			.doesNotContain("Jumlah Kelahiran Uji " + u);
		assertThat(uji.html(null, "/jadwal-rilis?tampilan=daftar&tahun=" + d.tahun() + "&opd=disdukcapil-19&status=TERBIT"))
			.contains("Jumlah Kelahiran Uji " + u);
		assertThat(uji.html(null, "/jadwal-rilis?tampilan=daftar&tahun=" + d.tahun() + "&status=TERLAMBAT"))
			.doesNotContain("Jumlah Kelahiran Uji " + u);
		assertThat(mvc.perform(get("/jadwal-rilis?tahun=99999")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	static KewajibanRilis only(List<KewajibanRilis> list, long entri) {
		List<KewajibanRilis> mine = list.stream().filter(k -> k.entriId() == entri).toList();
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

	@Test
	void theCalendarAndItsFeedsShowOnlyOpenEntriesAndNeverClosedOnes() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long open = uji.disetujui(d, Demo.PRODUSEN_DINKES, uji.entri("Rasio Dokter Uji " + u, uji.unit("Dinkes"), "TRIWULANAN",
				"topik", "kesehatan"), true);
		long closed = uji.disetujui(d, Demo.PRODUSEN_DINKES, uji.entri("Rekam Medis Rahasia " + u, uji.unit("Dinkes"),
				"TAHUNAN", "akses", "TERTUTUP"), false);
		String all = mvc.perform(get("/jadwal-rilis.ics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		ICalendar ical = Biweekly.parse(all).first();
		List<VEvent> mine = ical.getEvents().stream().filter(ev -> ev.getUid().getValue().startsWith("jadwal-rilis-" + open + "-"))
			.toList();
		// four quarterly releases, each an all-day event on its planned date
		List<String> planned = jdbc.queryForList("SELECT CAST(tanggal_rencana AS VARCHAR(10)) FROM jadwal_rilis WHERE entri_id = ? "
				+ "ORDER BY urutan", String.class, open);
		assertThat(mine).hasSize(4);
		assertThat(mine.stream().map(ev -> ev.getDateStart().getValue().toString()).toList()).isNotEmpty();
		assertThat(all).contains("DTSTART;VALUE=DATE:" + planned.get(0).replace("-", ""));
		assertThat(mine.get(0).getSummary().getValue()).contains("Rasio Dokter Uji " + u);
		assertThat(mine.get(0).getCategories().get(0).getValues()).contains("Data Prioritas");
		assertThat(all).doesNotContain("Rekam Medis Rahasia " + u).doesNotContain("jadwal-rilis-" + closed + "-");
		String opd = mvc.perform(get("/jadwal-rilis/dinkes-19.ics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(opd).contains("Rasio Dokter Uji " + u).doesNotContain("Rekam Medis Rahasia " + u);
		assertThat(mvc.perform(get("/jadwal-rilis/disdukcapil-19.ics")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Rasio Dokter Uji " + u);
		assertThat(mvc.perform(get("/jadwal-rilis/tidak-ada.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);

		// the calendar, whoever asks (even the Walidata), shows the open entry only
		for (String who : new String[] { null, Demo.WALIDATA }) {
			String html = uji.html(who, "/jadwal-rilis?tampilan=daftar&tahun=" + d.tahun() + "&topik=kesehatan&prioritas=true");
			assertThat(html).contains("Rasio Dokter Uji " + u).doesNotContain("Rekam Medis Rahasia " + u);
		}
		// the public Data Prioritas page lists it with its stage and next release; catalog-flagged datasets remain
		Document prioritas = Jsoup.parse(uji.html(null, "/data-prioritas?tahun=" + d.tahun()));
		assertThat(prioritas.select("#daftar-prioritas").text()).contains("Rasio Dokter Uji " + u).contains("Direncanakan")
			.contains("0 dari 4 rilis terbit");
		assertThat(prioritas.select("#prioritas-katalog").text()).contains("Jumlah Penduduk menurut Provinsi dan Jenis Kelamin");
		assertThat(prioritas.text()).doesNotContain("Rekam Medis Rahasia " + u);
	}

	@Test
	void theWalidataReschedulesAnApprovedReleaseAndTheProducerCannot() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		long e = uji.disetujui(d, Demo.PRODUSEN, uji.entri("Jumlah Perkawinan " + RencanaUji.unik(), uji.unit("Disdukcapil"),
				"TAHUNAN"), false);
		String periode = String.valueOf(d.tahun() - 1);
		MvcResult r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("periode", periode).param("tanggal", d.tahun() + "-06-30")).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(403);
		r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("periode", periode).param("tanggal", d.tahun() + "-06-30")).andReturn();
		assertThat(RencanaUji.flashGalat(r)).isNull();
		assertThat(lookup.kewajibanUnit(uji.unit("Disdukcapil"), d.tahun()).stream().filter(k -> k.entriId() == e)
			.findFirst().orElseThrow().tanggalRencana()).isEqualTo(LocalDate.of(d.tahun(), 6, 30));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE objek_id = ? AND aksi = 'daftarData.jadwal.diubah' "
				+ "AND pelaku = ?", Long.class, String.valueOf(e), Demo.WALIDATA)).isEqualTo(1);
	}

	@Test
	void producersAreRemindedNWorkingDaysBeforeTheDeadlineOnceAndToldWhenItIsLate() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String judul = "Jumlah Kematian " + RencanaUji.unik();
		long e = uji.disetujui(d, Demo.PRODUSEN, uji.entri(judul, uji.unit("Disdukcapil"), "TAHUNAN"), false);
		LocalDate due = jdbc.queryForObject("SELECT tanggal_rencana FROM jadwal_rilis WHERE entri_id = ?", LocalDate.class, e);
		Object job = context.getBean("pengingatRilis");
		java.lang.reflect.Method run = job.getClass().getDeclaredMethod("jalankan", LocalDate.class);
		run.setAccessible(true);
		// 5 working days before (the default reminder): once, however often the job runs
		LocalDate h5 = due;
		while (kalender.workingDaysBetween(h5, due) < 5) {
			h5 = h5.minusDays(1);
		}
		run.invoke(job, h5);
		run.invoke(job, h5);
		assertThat(notices(judul, "notif.rilis.pengingat")).isEqualTo(1);
		// 3 working days before: no reminder is configured for that
		LocalDate h3 = due;
		while (kalender.workingDaysBetween(h3, due) < 3) {
			h3 = h3.minusDays(1);
		}
		run.invoke(job, h3);
		assertThat(notices(judul, "notif.rilis.pengingat")).isEqualTo(1);
		// the day after the deadline: late, the producer (and the Walidata) are told once
		LocalDate late = kalender.nextWorkingDay(due);
		run.invoke(job, late);
		run.invoke(job, late);
		assertThat(notices(judul, "notif.rilis.terlambat")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = 'notif.rilis.terlambat' AND n.argumen LIKE ?", Long.class,
				Demo.WALIDATA, "%" + judul + "%")).isEqualTo(1);
	}

	long notices(String judul, String key) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = ? AND n.argumen LIKE ?", Long.class, Demo.PRODUSEN, key,
				"%" + judul + "%");
	}

	@Test
	void theHomePageShowsTheNextPlannedReleasesFromTheJadwalRilis() throws Exception {
		Document home = Jsoup.parse(uji.html(null, "/"));
		assertThat(home.select("#judul-berikutnya").text()).contains("Rilis berikutnya");
		// whatever is listed is a real scheduled release
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
		List<KewajibanRilis> next = lookup.berikutnyaPublik(today, 6);
		next.forEach(k -> assertThat(home.text()).contains(k.judul()));
		assertThat(next).allSatisfy(k -> {
			assertThat(k.tanggalRencana()).isAfterOrEqualTo(today);
			assertThat(k.terbit()).isFalse();
		});
		// and the Data Induk page asks the Jadwal Rilis for each dataset's next release
		assertThat(uji.html(null, "/data-induk")).contains("Rilis berikutnya");
		assertThat(new StringReader("")).isNotNull();
	}

}
