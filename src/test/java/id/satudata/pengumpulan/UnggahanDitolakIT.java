package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.shared.SatuDataProperties;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, item 3: the file of a refused upload is kept only while it is the submission's newest
 * version (so the producer can check it again with a header mapping); once a newer upload replaces
 * it, the file is deleted and its report (issues, counts, the report workbook) stays.
 */
@IntegrationTest
class UnggahanDitolakIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SatuDataProperties properties;

	@Test
	void refusedFilesGoOnceReplacedTheirReportsStayAndTheNewestCanBeMappedAgain() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("penduduk-tolak-" + UUID.randomUUID().toString().substring(0, 8));
		long id = journey.buka(dataset, "2024");
		String salah = Pengumpulan.BENAR.replace("19.02,2024,97313", "19.02,2024,banyak");
		String judulLain = Pengumpulan.BENAR.replace("laki_laki,", "penduduk laki,");

		assertThat(journey.unggah(id, salah).path("status").asString()).isEqualTo("SELESAI");
		assertThat(journey.unggah(id, salah).path("status").asString()).isEqualTo("SELESAI");
		assertThat(journey.unggah(id, judulLain).path("status").asString()).isEqualTo("SELESAI");

		List<String> uploaded = jdbc.queryForList("SELECT berkas_key FROM unggahan WHERE pengajuan_id = ? ORDER BY id",
				String.class, id);
		assertThat(uploaded).hasSize(3);
		// three refused versions with their reports; only the newest keeps its file
		assertThat(jdbc.queryForList("SELECT jumlah_galat FROM versi_pengajuan WHERE pengajuan_id = ? ORDER BY nomor",
				Long.class, id)).hasSize(3).allMatch(n -> n > 0);
		assertThat(jdbc.queryForList("SELECT rilis_uuid FROM versi_pengajuan WHERE pengajuan_id = ?", String.class, id))
			.containsOnlyNulls();
		assertThat(jdbc.queryForList("SELECT berkas_key FROM versi_pengajuan WHERE pengajuan_id = ? ORDER BY nomor",
				String.class, id)).containsExactly(null, null, uploaded.get(2));
		assertThat(exists(uploaded.get(0))).isFalse();
		assertThat(exists(uploaded.get(1))).isFalse();
		assertThat(exists(uploaded.get(2))).isTrue();

		// the reports of the deleted files are still readable: the issue list and the report workbook
		MockHttpServletResponse temuan = mvc.perform(get("/kelola/pemeriksaan/" + id + "/temuan").param("versi", "1")
			.with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse();
		assertThat(temuan.getStatus()).isEqualTo(200);
		assertThat(temuan.getContentAsString()).contains("banyak");
		MockHttpServletResponse laporan = mvc.perform(get("/kelola/pemeriksaan/" + id + "/versi/1/laporan.xlsx")
			.with(accounts.as(Demo.PRODUSEN))).andReturn().getResponse();
		assertThat(laporan.getStatus()).isEqualTo(200);
		assertThat(laporan.getContentAsByteArray()).isNotEmpty();

		// the newest refused version's file is checked again with a header mapping
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		String versiId = page.select("#pemetaan input[name=versiId]").attr("value");
		String location = mvc.perform(post("/kelola/pengumpulan/pengajuan/" + id + "/pemetaan").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("version", String.valueOf(journey.versi(id, Demo.PRODUSEN)))
			.param("versiId", versiId).param("peta[penduduk laki]", "laki_laki")).andReturn().getResponse()
			.getRedirectedUrl();
		JsonNode done = journey.tunggu(location);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("SELESAI");
		page = journey.page(get("/kelola/pengumpulan/pengajuan/" + id), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
		// the accepted version uses the same file: it stays, now held by that version only
		assertThat(exists(uploaded.get(2))).isTrue();
		assertThat(jdbc.queryForList("SELECT berkas_key FROM versi_pengajuan WHERE pengajuan_id = ? ORDER BY nomor",
				String.class, id)).containsExactly(null, null, null, uploaded.get(2));
	}

	@Test
	void aFailedUploadKeepsNoFile() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("penduduk-gagal-" + UUID.randomUUID().toString().substring(0, 8));
		long id = journey.buka(dataset, "2024");
		JsonNode s = journey.unggah(id, "\u0000\u0001\u0002 bukan tabel");
		assertThat(s.path("status").asString()).as(s.toString()).isEqualTo("GAGAL");
		String key = jdbc.queryForObject("SELECT berkas_key FROM unggahan WHERE pengajuan_id = ?", String.class, id);
		assertThat(exists(key)).isFalse();
	}

	private boolean exists(String key) {
		Path file = properties.dataDir().resolve("files").resolve(key);
		return Files.exists(file);
	}

}
