package id.satudata.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.test.DatabaseEngineCondition;
import id.satudata.test.Demo;
import id.satudata.test.S3Server;
import id.satudata.test.S3StorageInitializer;
import id.satudata.test.TcpProxy;
import id.satudata.test.TestAccounts;
import id.satudata.test.TestDatabaseInitializer;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in S3-compatible object storage ({@code satudata.penyimpanan.jenis=s3}) on a real S3 server
 * (S3Proxy, started by the test), reached through a TCP proxy the test can cut: a Walidata's release
 * becomes an object, is published, downloads byte-identical and answers the datastore API through the
 * node's cache; attachments are objects too; deleting a draft deletes its objects; an object gone
 * behind the application's back is a 503 and a health warning, never a 200 with an empty body; an object
 * that differs from its checksum is never used; the
 * cache stays within a tiny size limit and still answers right; large files go in parts; an
 * unreachable bucket takes the node out of readiness.
 */
@ExtendWith(DatabaseEngineCondition.class)
@SpringBootTest(properties = { "satudata.penyimpanan.cache.max-size=1KB", "satudata.penyimpanan.cache.min-idle=0s",
		"satudata.penyimpanan.s3.multipart-threshold=6MB", "satudata.penyimpanan.s3.part-size=5MB",
		"satudata.penyimpanan.s3.read-timeout=5s", "satudata.penyimpanan.s3.connect-timeout=2s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, S3StorageInitializer.class,
		ObjectStorageIT.Proxied.class })
@Import(TestAccounts.class)
class ObjectStorageIT {

	static final AtomicInteger SEQ = new AtomicInteger();
	static TcpProxy proxy;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	SatuDataProperties properties;

	@Autowired
	FileStore fileStore;

	@Autowired
	HealthEndpoint health;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Value("${satudata.penyimpanan.s3.bucket}")
	String bucket;

	@AfterAll
	static void stopProxy() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void aWalidatasReleaseIsAnObjectPublishedDownloadedAndQueriedThroughTheCache() throws Exception {
		assertThat(fileStore).isInstanceOf(S3FileStore.class);
		String slug = newDataset();
		String release = upload(slug, "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n"
				+ "19.02,Belitung,2024-12-31,20\n19.71,Pangkalpinang,2024-12-31,30\n");
		String key = storageKey(release);
		// the object, with its checksum; nothing under the node's files folder
		byte[] object = object(key);
		assertThat(object).startsWith("PAR1".getBytes(StandardCharsets.US_ASCII));
		assertThat(((S3FileStore) fileStore).head(key).metadata()).containsKey(S3FileStore.SHA256);
		assertThat(properties.dataDir().resolve("files")).doesNotExist();

		mvc.perform(post("/kelola/dataset/{s}/rilis/{r}/terbitkan", slug, release).with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());

		byte[] parquet = mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.parquet", slug, release))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(parquet).as("the download is the object, byte for byte").isEqualTo(object);
		String csv = mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.csv", slug, release)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Belitung").contains("Pangkalpinang");

		// the data API reads the node's copy; a node without one fetches it once
		cache().remove(key);
		long fetches = cache().fetches();
		String resource = resourceId(slug);
		mvc.perform(get("/api/3/action/datastore_search").param("resource_id", resource).param("sort", "jumlah desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.total").value(3))
			.andExpect(jsonPath("$.result.records[0].nama").value("Pangkalpinang"))
			.andExpect(jsonPath("$.result.records[2].jumlah").value(10));
		assertThat(cache().fetches()).isEqualTo(fetches + 1);

		// a PDF attachment: an object, served byte for byte
		byte[] pdf = ("%PDF-1.4\n% lampiran uji " + slug + "\n").getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/kelola/dataset/{s}/rilis/{r}/lampiran", slug, release)
			.file(new MockMultipartFile("berkas", "metadata.pdf", "application/pdf", pdf)).param("nama", "Metadata")
			.param("jenis", "PDF").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> lampiran = jdbc.queryForMap(
				"SELECT l.uuid, l.storage_key FROM lampiran l JOIN rilis r ON r.id = l.rilis_id WHERE r.uuid = ?", release);
		assertThat(object((String) lampiran.get("storage_key"))).isEqualTo(pdf);
		byte[] served = mvc.perform(get("/dataset/{s}/lampiran/{l}", slug, lampiran.get("uuid")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(pdf);
	}

	@Test
	void deletingADraftDeletesItsObjects() throws Exception {
		String slug = newDataset();
		String release = upload(slug, "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n");
		mvc.perform(multipart("/kelola/dataset/{s}/rilis/{r}/lampiran", slug, release)
			.file(new MockMultipartFile("berkas", "catatan.pdf", "application/pdf",
					"%PDF-1.4\n% draf\n".getBytes(StandardCharsets.US_ASCII)))
			.param("nama", "Catatan").param("jenis", "PDF").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		String table = storageKey(release);
		String attachment = jdbc.queryForObject(
				"SELECT l.storage_key FROM lampiran l JOIN rilis r ON r.id = l.rilis_id WHERE r.uuid = ?", String.class,
				release);
		assertThat(objectKeys()).contains("satudata/" + table, "satudata/" + attachment);

		mvc.perform(post("/kelola/dataset/{s}/rilis/{r}/hapus", slug, release).with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andExpect(redirectedUrl("/kelola/dataset/" + slug));

		assertThat(objectKeys()).doesNotContain("satudata/" + table, "satudata/" + attachment);
		assertThat(cache().ifPresent(table)).isNull();
		assertThat(cache().dir().resolve(table)).doesNotExist();
	}

	@Test
	void anObjectGoneBehindTheApplicationsBackIsAnErrorAndAHealthWarningNeverAnEmptyDownload() throws Exception {
		String slug = newDataset();
		String release = upload(slug, "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n");
		mvc.perform(post("/kelola/dataset/{s}/rilis/{r}/terbitkan", slug, release).with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		String key = storageKey(release);
		String resource = resourceId(slug);
		mvc.perform(get("/api/3/action/datastore_search").param("resource_id", resource)).andExpect(status().isOk());

		// gone from the bucket, and this node has no copy (a new node, or its cache cleared)
		S3Server.get().client().deleteObject(b -> b.bucket(bucket).key("satudata/" + key));
		Files.deleteIfExists(cache().dir().resolve(key));

		MvcResult parquet = mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.parquet", slug, release))
			.andExpect(status().isServiceUnavailable()).andReturn();
		assertThat(parquet.getResponse().getHeader("Content-Disposition")).isNull();
		assertThat(parquet.getResponse().getContentAsString()).contains("tidak dapat dibaca dari penyimpanan");
		mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.csv", slug, release)).andExpect(status().isServiceUnavailable());
		mvc.perform(get("/api/3/action/datastore_search").param("resource_id", resource))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.success").value(false));
		IndicatedHealthDescriptor berkas = (IndicatedHealthDescriptor) health.healthForPath("berkas");
		assertThat(berkas.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(String.valueOf(berkas.getDetails().get("terakhir"))).isEqualTo(key);
		// the bucket itself is fine: the node stays ready
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		assertThat(cache().ifPresent(key)).isNull();
	}

	@Test
	void theCacheStaysWithinItsLimitFetchesOnceAndStillAnswersRight() throws Exception {
		String a = newDataset();
		String ra = upload(a, "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,111\n");
		String b = newDataset();
		String rb = upload(b, "kode_wilayah,nama,tanggal,jumlah\n19.02,Belitung,2024-12-31,222\n");
		for (String[] r : new String[][] { { a, ra }, { b, rb } }) {
			mvc.perform(post("/kelola/dataset/{s}/rilis/{r}/terbitkan", r[0], r[1]).with(csrf())
				.with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		}
		String resA = resourceId(a);
		String resB = resourceId(b);
		long evictions = cache().evictions();
		long fetches = cache().fetches();
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/3/action/datastore_search").param("resource_id", resA))
				.andExpect(status().isOk()).andExpect(jsonPath("$.result.records[0].jumlah").value(111));
			mvc.perform(get("/api/3/action/datastore_search").param("resource_id", resB))
				.andExpect(status().isOk()).andExpect(jsonPath("$.result.records[0].jumlah").value(222));
			assertThat(cache().count()).as("one copy at a time under a 1 KB limit").isLessThanOrEqualTo(1);
		}
		assertThat(cache().evictions() - evictions).as("each use evicted the other table's copy").isGreaterThanOrEqualTo(5);
		assertThat(cache().fetches() - fetches).isGreaterThanOrEqualTo(5);
		String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization",
				"Bearer test-scrape-token-0123456789abcdef0123")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(metrics).contains("satudata_berkas_cache_bytes", "satudata_berkas_cache_files",
				"satudata_berkas_cache_fetches_total", "satudata_berkas_cache_evictions_total");

		// eight first uses at once fetch once, and all read the same verified copy
		String key = storageKey(ra);
		cache().remove(key);
		long before = cache().fetches();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Path>> paths = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				paths.add(pool.submit((Callable<Path>) () -> fileStore.localPath(key)));
			}
			byte[] expected = object(key);
			for (Future<Path> p : paths) {
				assertThat(Files.readAllBytes(p.get())).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(cache().fetches()).isEqualTo(before + 1);
	}

	@Test
	void largeFilesGoInPartsAndAFailedUploadLeavesNoObject() throws Exception {
		byte[] content = new byte[11 * 1024 * 1024 + 17];
		new Random(17).nextBytes(content);
		String key = fileStore.store("uji", new ByteArrayInputStream(content));
		assertThat(((S3FileStore) fileStore).head(key).eTag()).as("a multipart upload's ETag").contains("-");
		assertThat(fileStore.size(key)).isEqualTo(content.length);
		try (InputStream in = fileStore.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(Files.readAllBytes(fileStore.localPath(key))).isEqualTo(content);
		fileStore.delete(key);
		assertThatThrownBy(() -> S3Server.get().client().headObject(h -> h.bucket(bucket).key("satudata/" + key)))
			.isInstanceOf(NoSuchKeyException.class);

		List<String> objects = objectKeys();
		InputStream failing = new SequenceInputStream(new ByteArrayInputStream(content), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection to the uploader lost");
			}
		});
		assertThatThrownBy(() -> fileStore.store("uji", failing)).isInstanceOf(IOException.class);
		assertThat(objectKeys()).isEqualTo(objects);
	}

	@Test
	void anObjectThatDiffersFromItsChecksumIsNeverUsed() throws Exception {
		String key = fileStore.store("uji", new ByteArrayInputStream("isi asli".getBytes(StandardCharsets.UTF_8)));
		String sha = ((S3FileStore) fileStore).head(key).metadata().get(S3FileStore.SHA256);
		assertThat(sha).hasSize(64);
		// replaced behind the application's back, the checksum kept
		S3Server.get().client().putObject(b -> b.bucket(bucket).key("satudata/" + key).metadata(Map.of(S3FileStore.SHA256, sha)),
				software.amazon.awssdk.core.sync.RequestBody.fromString("isi palsu"));
		assertThatThrownBy(() -> fileStore.localPath(key)).isInstanceOf(FileUnavailableException.class)
			.hasMessageContaining("SHA-256");
		assertThat(cache().ifPresent(key)).isNull();
		assertThat(cache().dir().resolve(key)).doesNotExist();
		IndicatedHealthDescriptor berkas = (IndicatedHealthDescriptor) health.healthForPath("berkas");
		assertThat(String.valueOf(berkas.getDetails().get("terakhir"))).isEqualTo(key);
	}

	@Test
	void anUnreachableBucketTakesTheNodeOutOfReadinessUntilItIsBack() throws Exception {
		String slug = newDataset();
		String release = upload(slug, "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n");
		mvc.perform(post("/kelola/dataset/{s}/rilis/{r}/terbitkan", slug, release).with(csrf())
			.with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		proxy.cut();
		try {
			long start = System.nanoTime();
			// a keep-alive connection the cut raced with may answer one more check
			int code = 0;
			for (int i = 0; i < 20 && code != 503; i++) {
				code = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus();
				if (code != 503) {
					Thread.sleep(500);
				}
			}
			assertThat(code).as("readiness with the bucket out of reach").isEqualTo(503);
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			cache().remove(storageKey(release)); // a node without a copy must ask the bucket
			mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.parquet", slug, release))
				.andExpect(status().isServiceUnavailable());
			// an upload cannot be stored: a 503, and no release without its file
			mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
				.file(new MockMultipartFile("berkas", "data.csv", "text/csv",
						"kode_wilayah,nama,tanggal,jumlah\n19.02,Belitung,2024-12-31,20\n".getBytes(StandardCharsets.UTF_8)))
				.param("periode", "2025").with(csrf()).with(accounts.as(Demo.WALIDATA)))
				.andExpect(status().isServiceUnavailable());
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
					Integer.class, slug)).isEqualTo(1);
			assertThat(System.nanoTime() - start).as("fails within seconds, not minutes")
				.isLessThan(java.time.Duration.ofSeconds(60).toNanos());
		}
		finally {
			proxy.restore();
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/dataset/{s}/rilis/{r}/unduh.parquet", slug, release)).andExpect(status().isOk());
	}

	// ---- helpers --------------------------------------------------------------------------------

	FileCache cache() {
		return ((S3FileStore) fileStore).cache();
	}

	String newDataset() throws Exception {
		long org = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long produsen = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).get(0).id();
		String slug = "uji-s3-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		mvc.perform(post("/kelola/dataset/baru").with(csrf()).with(accounts.as(Demo.WALIDATA)).param("slug", slug)
			.param("judul", "Uji Penyimpanan Objek " + slug).param("produsenUnitId", String.valueOf(produsen))
			.param("jenisData", "STATISTIK").param("tingkatPenyajian", "KABUPATEN_KOTA").param("frekuensi", "TAHUNAN")
			.param("akses", "TERBUKA").param("lisensi", "CC-BY-4.0"))
			.andExpect(redirectedUrl("/kelola/dataset/" + slug));
		mvc.perform(post("/kelola/dataset/{s}/skema", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kode_wilayah").param("kolom[0].label", "Kode Wilayah").param("kolom[0].tipe", "KODE")
			.param("kolom[0].kodeReferensi", "wilayah").param("kolom[0].wajib", "true").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "nama").param("kolom[1].label", "Nama").param("kolom[1].tipe", "TEKS")
			.param("kolom[2].nama", "tanggal").param("kolom[2].label", "Tanggal").param("kolom[2].tipe", "TANGGAL")
			.param("kolom[3].nama", "jumlah").param("kolom[3].label", "Jumlah").param("kolom[3].tipe", "BILANGAN_BULAT")
			.param("kolom[3].wajib", "true").param("kolom[3].nilaiMin", "0"))
			.andExpect(redirectedUrl("/kelola/dataset/" + slug));
		return slug;
	}

	/** Uploads a CSV as the Walidata and returns the new draft release's id. */
	String upload(String slug, String csv) throws Exception {
		String page = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2024").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/kelola/dataset/" + slug + "/rilis/");
		return page.substring(page.lastIndexOf('/') + 1);
	}

	String storageKey(String release) {
		return jdbc.queryForObject("SELECT storage_key FROM rilis WHERE uuid = ?", String.class, release);
	}

	String resourceId(String slug) throws Exception {
		String body = mvc.perform(get("/api/3/action/package_show").param("id", slug)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body).path("result").path("resources").get(0).path("id").asString();
	}

	byte[] object(String key) {
		return S3Server.get().client().getObjectAsBytes(b -> b.bucket(bucket).key("satudata/" + key)).asByteArray();
	}

	List<String> objectKeys() {
		return S3Server.get().client().listObjectsV2Paginator(l -> l.bucket(bucket)).contents().stream()
			.map(S3Object::key).sorted().toList();
	}

	/** The application reaches the S3 server through a proxy the test can cut. */
	static class Proxied implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			URI endpoint = S3Server.get().endpoint();
			proxy = new TcpProxy(endpoint.getHost(), endpoint.getPort());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("proxied-s3",
					Map.of("satudata.penyimpanan.s3.endpoint", "http://127.0.0.1:" + proxy.port())));
		}

	}

}
