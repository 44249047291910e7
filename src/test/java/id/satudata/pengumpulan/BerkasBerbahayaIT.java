package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.satudata.shared.SatuDataProperties;
import id.satudata.test.BerkasBerbahaya;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, item 4: the same hostile files on every upload path that reads a table. The APIs answer
 * 409 (CKAN's Validation Error, naming the file's problem) or 413 when the size is the reason; the
 * back-office forms show the same message on the form (a redirect with the error, or the issue report
 * page); the producer's web upload (checked in the background) ends FAILED or with an error report.
 * Never a 500, never an ERROR in the log, never a release or a kept file from a refused upload.
 */
@IntegrationTest
class BerkasBerbahayaIT {

	enum Jalur {
		PRODUSEN_WEB, PRODUSEN_API, WALIDATA_WEB, WALIDATA_API, USULAN_SKEMA
	}

	static Stream<Arguments> kasus() {
		List<Arguments> all = new ArrayList<>();
		for (Jalur j : Jalur.values()) {
			for (BerkasBerbahaya b : BerkasBerbahaya.values()) {
				all.add(Arguments.of(j, b));
			}
		}
		return all.stream();
	}

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

	Pengumpulan journey;

	CkanApi api;

	ListAppender<ILoggingEvent> log;

	@BeforeEach
	void setUp() {
		journey = new Pengumpulan(mvc, accounts, json);
		api = new CkanApi(mvc, json);
		log = new ListAppender<>();
		log.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
	}

	@AfterEach
	void tearDown() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("kasus")
	void refusedCleanly(Jalur jalur, BerkasBerbahaya berkas) throws Exception {
		String slug = "berbahaya-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = journey.datasetPenduduk(slug);
		byte[] content = berkas.isi(Pengumpulan.HEADER.strip());
		long filesBefore = files("unggahan");
		long allFilesBefore = files("");
		String shown;
		switch (jalur) {
			case PRODUSEN_WEB -> {
				long pengajuan = journey.buka(dataset, "2024");
				MockHttpServletResponse r = mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + pengajuan + "/unggah")
					.file(new MockMultipartFile("berkas", berkas.namaBerkas(), "application/octet-stream", content))
					.param("version", String.valueOf(journey.versi(pengajuan, Demo.PRODUSEN))).with(csrf())
					.with(accounts.as(Demo.PRODUSEN)).header("Accept", "application/json")).andReturn().getResponse();
				if (r.getStatus() == 413) {
					shown = problem(r);
				}
				else {
					assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
					JsonNode s = journey.tunggu(json.readTree(r.getContentAsString()).path("status").asString());
					assertThat(s.path("status").asString()).as(s.toString()).isIn("GAGAL", "SELESAI");
					shown = s.toString();
					if (s.path("status").asString().equals("SELESAI")) {
						assertThat(jdbc.queryForObject("SELECT jumlah_galat FROM versi_pengajuan WHERE pengajuan_id = ?",
								Long.class, pengajuan)).as("a report with errors").isPositive();
					}
					else {
						assertThat(s.path("galat").asString()).isNotBlank();
						assertThat(files("unggahan")).as("the failed upload's file is deleted").isEqualTo(filesBefore);
					}
				}
			}
			case PRODUSEN_API, WALIDATA_API -> {
				String token = CkanApi.token(jalur == Jalur.PRODUSEN_API ? Demo.PRODUSEN : Demo.WALIDATA);
				CkanApi.Answer a = api.upload("resource_create", token, berkas.namaBerkas(), content, "package_id", slug,
						"periode", "2024");
				assertThat(a.status()).as(a.body()).isIn(409, 413);
				shown = a.body();
				if (a.status() == 409) {
					assertThat(a.error().path("__type").asString()).isEqualTo("Validation Error");
					assertThat(a.error().path("upload").toString()).as(a.body()).isNotBlank().isNotEqualTo("");
				}
				if (jalur == Jalur.WALIDATA_API) {
					assertThat(files("")).as("nothing stored").isEqualTo(allFilesBefore);
				}
			}
			case WALIDATA_WEB, USULAN_SKEMA -> {
				String url = "/kelola/dataset/" + slug + (jalur == Jalur.WALIDATA_WEB ? "/rilis" : "/skema/usulkan");
				MvcResult r = mvc.perform(multipart(url)
					.file(new MockMultipartFile("berkas", berkas.namaBerkas(), "application/octet-stream", content))
					.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn();
				int status = r.getResponse().getStatus();
				assertThat(status).as(r.getResponse().getContentAsString()).isIn(200, 302, 413);
				shown = r.getResponse().getContentAsString(StandardCharsets.UTF_8) + r.getFlashMap();
				if (status == 302) {
					assertThat(r.getFlashMap().get("galat")).as("the refusal on the form").isNotNull();
				}
				else if (status == 200 && jalur == Jalur.WALIDATA_WEB) {
					assertThat(shown).as("the issue report").contains("galat");
				}
				assertThat(files("")).as("nothing stored").isEqualTo(allFilesBefore);
			}
			default -> throw new IllegalStateException();
		}
		assertThat(shown).doesNotContain(BerkasBerbahaya.RAHASIA).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Long.class, slug)).as("no release").isZero();
		assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
			.map(ILoggingEvent::getFormattedMessage).toList()).as("no ERROR in the log").isEmpty();
	}

	private String problem(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Regular files under the file store's folder (an area, or all). */
	private long files(String area) throws Exception {
		Path dir = properties.dataDir().resolve("files").resolve(area);
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

}
