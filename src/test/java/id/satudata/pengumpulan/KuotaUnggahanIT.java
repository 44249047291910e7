package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.shared.SatuDataProperties;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, item 3: the upload files kept for an organization are limited by a quota; an upload that
 * would pass it is refused with a message naming the quota and the current use, and nothing of it is
 * stored. (Its own application context: the quota is a setting.)
 */
@IntegrationTest
@TestPropertySource(properties = "satudata.pengumpulan.kuota-unggahan=3KB")
class KuotaUnggahanIT {

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
	void anUploadPastTheQuotaIsRefusedAndNothingIsStored() throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		String slug = "penduduk-kuota-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		long id = journey.buka(dataset, "2024");
		// a refused file of about 2 KB: kept while it is the newest version
		StringBuilder csv = new StringBuilder(Pengumpulan.HEADER);
		for (int i = 0; i < 90; i++) {
			csv.append("19.01,2024,banyak,1,").append(i).append('\n');
		}
		assertThat(csv.length()).isBetween(1600, 2900);
		assertThat(journey.unggah(id, csv.toString()).path("status").asString()).isEqualTo("SELESAI");
		long files = files();
		long rows = jdbc.queryForObject("SELECT count(*) FROM unggahan WHERE pengajuan_id = ?", Long.class, id);

		// the web upload: 413 with the quota and the use in the message
		MockHttpServletResponse r = mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + id + "/unggah")
			.file(new MockMultipartFile("berkas", "lagi.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.param("version", String.valueOf(journey.versi(id, Demo.PRODUSEN))).with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).header("Accept", "application/json")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(413);
		String message = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(message).contains("Kuota unggahan organisasi ini (3 KB)")
			.contains("saat ini terpakai");
		// the API (CKAN resource_create as the producer): CKAN's 409 with the same message
		CkanApi.Answer a = new CkanApi(mvc, json).upload("resource_create", CkanApi.token(Demo.PRODUSEN), "lagi.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), "package_id", slug, "periode", "2024");
		assertThat(a.status()).as(a.body()).isEqualTo(409);
		assertThat(a.body()).contains("Kuota unggahan organisasi ini");

		assertThat(files()).as("nothing stored").isEqualTo(files);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM unggahan WHERE pengajuan_id = ?", Long.class, id))
			.isEqualTo(rows);
		// the use against the quota on the dataset's page in the back office
		assertThat(journey.page(get("/kelola/pengumpulan/dataset/" + dataset), Demo.PRODUSEN).select("#kuota-unggahan")
			.text()).contains("terpakai").contains("dari 3 KB");
	}

	private long files() throws Exception {
		Path dir = properties.dataDir().resolve("files").resolve("unggahan");
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

}
