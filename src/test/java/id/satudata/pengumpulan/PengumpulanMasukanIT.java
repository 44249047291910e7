package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.shared.security.SystemActor;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import id.satudata.test.TestMailServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other ways data comes in and goes out: a producer's program through the CKAN API (into the
 * review, never published), a table typed in the web form (kept for the correction), two uploads
 * racing for one submission, mail to the producer on a real SMTP server, and a release scheduled
 * for a later date.
 */
@IntegrationTest
class PengumpulanMasukanIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Pemeriksaan pemeriksaan;

	@Autowired
	SystemActor system;

	@Autowired
	PenggunaDirectory pengguna;

	Pengumpulan journey;

	CkanApi api;

	@BeforeEach
	void setUp() {
		journey = new Pengumpulan(mvc, accounts, json);
		api = new CkanApi(mvc, json);
	}

	@Test
	void aProducersProgramSubmitsThroughTheCkanApiButNeverPublishes() throws Exception {
		String slug = "penduduk-api-" + UUID.randomUUID().toString().substring(0, 8);
		journey.datasetPenduduk(slug);
		String token = CkanApi.token(Demo.PRODUSEN);

		// errors: CKAN's validation error, with row and column; nothing public
		CkanApi.Answer bad = api.upload("resource_create", token, "penduduk.csv",
				Pengumpulan.BENAR.replace("19.71,2024,115001", "13.71,2024,115001").getBytes(StandardCharsets.UTF_8),
				"package_id", slug, "periode", "2024");
		bad.failed(409, "Validation Error");
		assertThat(bad.body()).contains("13.71").contains("cakupan wilayah");

		// clean: a draft that enters the review (the OPD's Walidata Pendukung first), even when asked to publish
		JsonNode ok = api.upload("resource_create", token, "penduduk.csv", Pengumpulan.BENAR.getBytes(StandardCharsets.UTF_8),
				"package_id", slug, "periode", "2024", "terbitkan", "true", "description", "Kiriman sistem Disdukcapil").ok()
			.result();
		assertThat(ok.path("status_pengajuan").asString()).isEqualTo("DIAJUKAN");
		assertThat(ok.path("diajukan").asBoolean()).isTrue();
		assertThat(ok.path("status_rilis").asString()).isEqualTo("DRAFT");
		long id = Long.parseLong(ok.path("pengajuan_id").asString());
		api.get("package_show", null, "id", slug).notFound();
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#riwayat-pengajuan").text()).contains("Ajukan ke Walidata");
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris");
		// the upload with errors is in the history of versions too
		assertThat(jdbc.queryForObject("SELECT count(*) FROM versi_pengajuan WHERE pengajuan_id = ?", Long.class, id))
			.isEqualTo(2L);
	}

	@Test
	void aSmallTableTypedInTheFormIsCheckedAndKeptForTheCorrection() throws Exception {
		String slug = "penduduk-isian-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2021");
		Document form = journey.page(get("/kelola/pengumpulan/pengajuan/" + id + "/isian"), Demo.PRODUSEN);
		assertThat(form.select("#tabel-isian select[name='sel[0][0]'] option")).hasSize(1 + 7);
		MockHttpServletRequestBuilder post = post("/kelola/pengumpulan/pengajuan/" + id + "/isian").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(journey.versi(id, Demo.PRODUSEN)));
		String[] lines = Pengumpulan.BENAR.replace("2024", "2021").split("\n");
		for (int r = 1; r < lines.length; r++) {
			String[] cells = lines[r].split(",");
			if (r == 3) {
				cells[4] = "1"; // a wrong total
			}
			for (int c = 0; c < cells.length; c++) {
				post.param("sel[" + (r - 1) + "][" + c + "]", cells[c]);
			}
		}
		String status = mvc.perform(post).andReturn().getResponse().getRedirectedUrl();
		assertThat(journey.tunggu(status).path("status").asString()).isEqualTo("SELESAI");
		Document report = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(report.select("#tabel-temuan").text()).contains("4 jumlah 1");
		// the form comes back with what was typed, ready to correct
		form = journey.page(get("/kelola/pengumpulan/pengajuan/" + id + "/isian"), Demo.PRODUSEN);
		assertThat(form.select("input[name='sel[2][4]']").attr("value")).isEqualTo("1");
		assertThat(form.select("select[name='sel[6][0]'] option[selected]").attr("value")).isEqualTo("19.71");
		// an empty form is refused with a message
		String flash = String.valueOf(mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/isian").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(journey.versi(id, Demo.PRODUSEN))))
			.andReturn().getFlashMap().get("galat"));
		assertThat(flash).contains("paling sedikit satu baris");
	}

	@Test
	void twoUploadsRacingForOneSubmissionKeepOneAndExplainTheOther() throws Exception {
		String slug = "penduduk-balap-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2020");
		long version = journey.versi(id, Demo.PRODUSEN);
		String csv = Pengumpulan.BENAR.replace("2024", "2020");
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse r = mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + id + "/unggah")
				.file(new MockMultipartFile("berkas", "balap-" + i + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("version", String.valueOf(version)).with(csrf()).with(accounts.as(Demo.PRODUSEN))
				.header("Accept", "application/json")).andReturn().getResponse();
			if (r.getStatus() == 202) {
				statuses.add(json.readTree(r.getContentAsString()).path("status").asString());
			}
			else {
				// the first had already finished: the second is refused before anything is kept
				assertThat(r.getStatus()).isEqualTo(409);
			}
		}
		List<JsonNode> results = statuses.stream().map(journey::tunggu).toList();
		long done = results.stream().filter(n -> n.path("status").asString().equals("SELESAI")).count();
		assertThat(done).isEqualTo(1);
		results.stream().filter(n -> !n.path("status").asString().equals("SELESAI"))
			.forEach(n -> assertThat(n.path("galat").asString()).contains("telah berubah"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM versi_pengajuan WHERE pengajuan_id = ?", Long.class, id))
			.isEqualTo(1L);
		// and exactly one draft release exists in the catalog
		JsonNode pkg = api.get("package_show", CkanApi.token(Demo.WALIDATA), "id", slug).ok().result();
		assertThat(pkg.path("resources").size()).isEqualTo(1);
	}

	@Test
	void theProducerIsMailedWhenTheSubmissionIsReturnedAndAReleaseWaitsForItsDate() throws Exception {
		String email = "budi.produsen+" + UUID.randomUUID().toString().substring(0, 6) + "@disdukcapil.babelprov.go.id";
		long produsenId = pengguna.penggunaDenganUsername(Demo.PRODUSEN).orElseThrow().id();
		Document user = journey.page(get("/kelola/admin/pengguna/" + produsenId), Demo.ADMIN);
		mvc.perform(post("/kelola/admin/pengguna/" + produsenId).with(csrf()).with(accounts.as(Demo.ADMIN))
			.param("username", Demo.PRODUSEN).param("namaLengkap", user.select("#namaLengkap").attr("value"))
			.param("email", email).param("version", user.select("input[name=version]").attr("value")));
		assertThat(pengguna.penggunaDenganUsername(Demo.PRODUSEN).orElseThrow().email()).isEqualTo(email);

		String slug = "penduduk-surel-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2019");
		journey.unggah(id, Pengumpulan.BENAR.replace("2024", "2019"));
		journey.ajukan(id, "mohon diperiksa");
		journey.langkah(id, Demo.PENDUKUNG, "LOLOS_PRAPERIKSA", null);
		journey.langkah(id, Demo.WALIDATA, "KEMBALIKAN", "Periksa kembali angka Kota Pangkal Pinang.");
		await().atMost(Duration.ofSeconds(15)).until(() -> received(email).stream()
			.anyMatch(m -> subject(m).contains("dikembalikan")));
		MimeMessage mail = received(email).stream().filter(m -> subject(m).contains("dikembalikan")).findFirst().orElseThrow();
		assertThat(subject(mail)).contains(slug);
		assertThat(String.valueOf(mail.getContent())).contains("/kelola/pengumpulan/pengajuan/" + id);

		// resubmitted and approved; published on a date to come, not before
		journey.ajukan(id, "sudah diperiksa");
		journey.langkah(id, Demo.PENDUKUNG, "LOLOS_PRAPERIKSA", null);
		journey.langkah(id, Demo.WALIDATA, "SETUJUI_WALIDATA", null);
		journey.langkah(id, Demo.PEMBINA, "SETUJUI_PEMBINA", null);
		LocalDate date = LocalDate.now().plusDays(10);
		String flash = String.valueOf(mvc.perform(post("/kelola/pemeriksaan/" + id + "/aksi").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("version", String.valueOf(journey.versi(id, Demo.WALIDATA)))
			.param("aksi", "TERBITKAN").param("jadwalTerbit", date.toString())).andReturn().getFlashMap().get("sukses"));
		assertThat(flash).contains("dijadwalkan");
		assertThat(pemeriksaan.terbitkanTerjadwal(date.minusDays(1))).isZero();
		assertThat(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(pemeriksaan.terbitkanTerjadwal(date)).isEqualTo(1);
		assertThat(mvc.perform(get("/dataset/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(200);
		Document history = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(history.select("#riwayat-pengajuan").text()).contains("oleh sistem").contains("Terbit sesuai jadwal");
	}

	private static List<MimeMessage> received(String to) throws Exception {
		List<MimeMessage> out = new ArrayList<>();
		for (MimeMessage m : TestMailServer.get().getReceivedMessages()) {
			if (m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equals(to)) {
				out.add(m);
			}
		}
		return out;
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
