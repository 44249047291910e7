package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.Query;
import id.satudata.datastore.TableRef;
import id.satudata.pengumpulan.Pengumpulan;
import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OPD's report as it really comes (issue 15): an XLSX with a title block, a two-row merged header
 * ("Jumlah Penduduk" over "Laki-laki | Perempuan | Jumlah"), kecamatan names of Kota Pangkalpinang
 * instead of codes (one misspelt), numbers typed as text with dot thousands separators, "-" for zero, a
 * "Jumlah" row and a "Sumber: BPS ..." footnote. The producer checks the table found in the preview,
 * accepts it, confirms the misspelt name's code and submits; the Walidata's review names old and new
 * values; the published release holds exactly the seven kecamatan with sums that add up. The next
 * period's file in the same format goes straight to the validation result (the import profile).
 */
@BrowserTest
class LaporanOpdBrowserIT {

	/** Kota Pangkalpinang's kecamatan (the seeded region list), as the OPD writes them, and their codes. */
	static final List<String[]> KECAMATAN = List.of(new String[] { "Bukit Intan", "19.71.01" },
			new String[] { "Kec. Taman Sari", "19.71.02" }, new String[] { "Pangkal Balam", "19.71.03" },
			new String[] { "Rangkui", "19.71.04" }, new String[] { "Gerungang", "19.71.05" },
			new String[] { "Gabek", "19.71.06" }, new String[] { "Girimaya", "19.71.07" });
	/** Laki-laki and perempuan of 2024 per kecamatan (Gabek: "-", nihil). */
	static final long[][] TAHUN_2024 = { { 21302, 20990 }, { 8120, 8001 }, { 14550, 14012 }, { 16233, 16001 },
			{ 22040, 21877 }, { 0, 0 }, { 13100, 12950 } };

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Datastore datastore;

	MockMvc mvc;

	TestAccounts accounts;

	Path dir;

	@BeforeEach
	void setUp() throws Exception {
		// the application's own filters (layout attributes, ...) besides the security chain, as in the ITs
		jakarta.servlet.Filter[] filters = context.getBeansOfType(jakarta.servlet.Filter.class).entrySet().stream()
			.filter(e -> !e.getKey().equals("springSecurityFilterChain")).map(Map.Entry::getValue)
			.sorted(org.springframework.core.annotation.AnnotationAwareOrderComparator.INSTANCE)
			.toArray(jakarta.servlet.Filter[]::new);
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(filters).apply(springSecurity()).build();
		accounts = new TestAccounts(mvc, users);
		dir = Files.createTempDirectory("laporan-opd");
	}

	@Test
	void theProducerAcceptsTheTableAndNamesTheReviewShowsTheNumbersAndTheReleaseHoldsTheKecamatan() throws Exception {
		String slug = "penduduk-kecamatan-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = dataset(slug);
		publish2023(slug);
		long pengajuan = new Pengumpulan(mvc, accounts, json).buka(dataset, "2024");
		Path file = xlsx("penduduk-kecamatan-2024.xlsx", "2024", TAHUN_2024);
		try (Browser b = new Browser(port)) {
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.open("/kelola/pengumpulan/pengajuan/" + pengajuan);
			firstUploadAcceptingTableAndName(b, file);
			assertThat(b.find("#hasil-validasi").getText()).contains("Semua 7 baris lolos pemeriksaan");
			b.find("#catatan-ajuan").sendKeys("Penduduk per kecamatan 2024");
			b.click("#tombol-ajukan");
			b.waitForText("#pesan-sukses", "terkirim");
		}
		act(slug, Demo.PENDUKUNG, "tombol-lolos_praperiksa");
		act(slug, Demo.WALIDATA, "tombol-setujui_walidata");
		act(slug, Demo.PEMBINA, "tombol-setujui_pembina");
		act(slug, Demo.WALIDATA, "tombol-terbitkan");

		// the published release of 2024: the seven kecamatan, nothing of the title, total or footnote
		Map<String, Object> rilis = jdbc.queryForMap("SELECT r.storage_key, r.jumlah_baris FROM rilis r JOIN dataset d "
				+ "ON d.id = r.dataset_id WHERE d.slug = ? AND r.periode = '2024' AND r.status = 'TERBIT'", slug);
		TableRef table = new TableRef((String) rilis.get("storage_key"), List.of(
				ColumnSpec.of("kode_kecamatan", "Kode Kecamatan", ColumnType.KODE),
				ColumnSpec.of("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT)), ((Number) rilis.get("jumlah_baris")).longValue());
		List<Map<String, Object>> rows = datastore.search(table, Query.all(100)).records();
		assertThat(rows).extracting(r -> String.valueOf(r.get("kode_kecamatan")))
			.containsExactlyInAnyOrder(KECAMATAN.stream().map(k -> k[1]).toArray(String[]::new));
		long laki = 0;
		long perempuan = 0;
		long jumlah = 0;
		for (Map<String, Object> r : rows) {
			long l = ((Number) r.get("laki_laki")).longValue();
			long p = ((Number) r.get("perempuan")).longValue();
			assertThat(((Number) r.get("jumlah")).longValue()).as("%s", r).isEqualTo(l + p);
			laki += l;
			perempuan += p;
			jumlah += ((Number) r.get("jumlah")).longValue();
		}
		assertThat(new long[] { laki, perempuan, jumlah }).containsExactly(total(TAHUN_2024, 0), total(TAHUN_2024, 1),
				total(TAHUN_2024, 0) + total(TAHUN_2024, 1));
		assertThat(rows.stream().filter(r -> "19.71.06".equals(r.get("kode_kecamatan"))).findFirst().orElseThrow()
			.get("jumlah")).asString().isEqualTo("0");
	}

	@Test
	void theNextPeriodsFileInTheSameFormatGoesStraightToTheValidationResult() throws Exception {
		String slug = "penduduk-kecamatan-profil-" + UUID.randomUUID().toString().substring(0, 8);
		long dataset = dataset(slug);
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		long first = journey.buka(dataset, "2024");
		long next = journey.buka(dataset, "2025");
		long[][] tahun2025 = new long[TAHUN_2024.length][];
		for (int i = 0; i < tahun2025.length; i++) {
			tahun2025[i] = TAHUN_2024[i][0] == 0 ? new long[] { 0, 0 }
					: new long[] { TAHUN_2024[i][0] + 150, TAHUN_2024[i][1] + 170 };
		}
		try (Browser b = new Browser(port)) {
			b.login(Demo.PRODUSEN, Demo.PASSWORD);
			b.open("/kelola/pengumpulan/pengajuan/" + first);
			firstUploadAcceptingTableAndName(b, xlsx("penduduk-kecamatan-2024.xlsx", "2024", TAHUN_2024));

			// 2025: no preview, no name to choose: the validation result at once
			b.open("/kelola/pengumpulan/pengajuan/" + next);
			Path file2025 = xlsx("penduduk-kecamatan-2025.xlsx", "2025", tahun2025);
			b.find("#berkas-pengajuan").sendKeys(file2025.toAbsolutePath().toString());
			b.click("#tombol-unggah-pengajuan");
			waitForReport(b, file2025);
			assertThat(b.driver().getCurrentUrl()).doesNotContain("/pratinjau");
			assertThat(b.find("#hasil-validasi").getText()).contains("Semua 7 baris lolos pemeriksaan");
			assertThat(b.driver().findElements(By.cssSelector("#nama-kode"))).isEmpty();
			assertThat(b.find("#profil-dipakai").getText()).contains("Profil impor");
			assertThat(b.find("#tombol-ajukan").isEnabled()).isTrue();
			b.screenshot("15-profil-impor-periode-berikutnya");
		}
	}

	/**
	 * Uploads the file; the preview marks title, header, data, total and footnote; the producer accepts
	 * the table, then picks the code of the misspelt "Gerungang" in the names step.
	 */
	private void firstUploadAcceptingTableAndName(Browser b, Path file) {
		b.find("#berkas-pengajuan").sendKeys(file.toAbsolutePath().toString());
		b.click("#tombol-unggah-pengajuan");
		new WebDriverWait(b.driver(), Duration.ofSeconds(30))
			.until(d -> d.getCurrentUrl().contains("/pratinjau") && !d.findElements(By.cssSelector("#tabel-pratinjau")).isEmpty());
		Map<String, String> kinds = new LinkedHashMap<>();
		for (WebElement tr : b.driver().findElements(By.cssSelector("#tabel-pratinjau tbody tr"))) {
			kinds.put(tr.getAttribute("id"), tr.getAttribute("data-jenis"));
		}
		assertThat(kinds).containsEntry("baris-1", "JUDUL").containsEntry("baris-2", "JUDUL")
			.containsEntry("baris-4", "KEPALA").containsEntry("baris-5", "KEPALA").containsEntry("baris-6", "DATA")
			.containsEntry("baris-12", "DATA").containsEntry("baris-13", "JUMLAH").containsEntry("baris-15", "CATATAN");
		assertThat(b.find("#kolom-pratinjau").getText()).contains("Jumlah Penduduk Laki-laki")
			.contains("Jumlah Penduduk Perempuan");
		assertThat(b.find("#legenda-pratinjau").getText()).contains("kepala tabel").contains("jumlah").contains("catatan");
		b.screenshot("13-pratinjau-tabel");
		b.click("#tombol-terima-tabel");
		b.waitFor("#nama-kode");
		new Select(b.find("#kode-nama-0")).selectByValue("19.71.05");
		b.click("#tombol-nama-kode");
		waitForReport(b, file);
		assertThat(b.driver().findElements(By.cssSelector("#nama-kode"))).isEmpty();
		b.screenshot("14-laporan-setelah-nama");
	}

	private static void waitForReport(Browser b, Path file) {
		try {
			new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
				try {
					return d.getCurrentUrl().contains("/pengajuan/") && !d.getCurrentUrl().contains("/pratinjau")
							&& d.findElement(By.cssSelector("#hasil-validasi")).getText().contains(file.getFileName().toString());
				}
				catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
					return false;
				}
			});
		}
		catch (org.openqa.selenium.TimeoutException e) {
			b.screenshot("gagal-laporan-opd");
			throw new AssertionError("No report for " + file.getFileName() + " at " + b.driver().getCurrentUrl() + ": "
					+ b.find("body").getText(), e);
		}
	}

	/** A reviewer opens the submission from their inbox and takes a step; the Walidata reads the numbers. */
	private void act(String slug, String username, String button) {
		try (Browser b = new Browser(port)) {
			b.login(username, Demo.PASSWORD);
			b.open("/kelola/pemeriksaan");
			b.driver().findElements(By.cssSelector("#kotak-masuk tbody tr")).stream()
				.filter(row -> row.getText().contains(slug) && row.getText().contains("2024")).findFirst()
				.orElseThrow(() -> new AssertionError(username + "'s inbox: " + b.find("body").getText()))
				.findElement(By.cssSelector("a")).click();
			b.waitFor("#form-aksi");
			if (button.equals("tombol-setujui_walidata")) {
				// 2023 → 2024 per kecamatan, old and new values named
				String diff = b.find("#ringkasan-perbedaan").getText() + " " + b.find("body").getText();
				assertThat(diff).contains("laki_laki: 21202 → 21302").contains("perempuan: 20890 → 20990");
				b.screenshot("16-walidata-melihat-angka");
			}
			b.click("#" + button);
			b.waitForText("#pesan-sukses", "tersimpan");
		}
	}

	private static long total(long[][] values, int column) {
		long sum = 0;
		for (long[] v : values) {
			sum += v[column];
		}
		return sum;
	}

	/** The OPD's XLSX: title block, merged two-row header, names, text numbers, "-", total row, footnote. */
	private Path xlsx(String name, String tahun, long[][] values) throws Exception {
		java.text.NumberFormat dots = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id-ID"));
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("Tabel " + tahun);
			s.createRow(0).createCell(0).setCellValue("Jumlah Penduduk Menurut Kecamatan dan Jenis Kelamin");
			s.createRow(1).createCell(0).setCellValue("Kota Pangkalpinang, " + tahun);
			Row h1 = s.createRow(3);
			h1.createCell(0).setCellValue("No");
			h1.createCell(1).setCellValue("Kecamatan");
			h1.createCell(2).setCellValue("Jumlah Penduduk");
			Row h2 = s.createRow(4);
			h2.createCell(2).setCellValue("Laki-laki");
			h2.createCell(3).setCellValue("Perempuan");
			h2.createCell(4).setCellValue("Jumlah");
			s.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
			s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
			s.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
			for (int i = 0; i < KECAMATAN.size(); i++) {
				Row r = s.createRow(5 + i);
				r.createCell(0).setCellValue(i + 1);
				r.createCell(1).setCellValue(KECAMATAN.get(i)[0]);
				long l = values[i][0];
				long p = values[i][1];
				r.createCell(2).setCellValue(l == 0 ? "-" : dots.format(l));
				r.createCell(3).setCellValue(p == 0 ? "-" : dots.format(p));
				r.createCell(4).setCellValue(l + p == 0 ? "-" : dots.format(l + p));
			}
			Row t = s.createRow(5 + KECAMATAN.size());
			t.createCell(1).setCellValue("Jumlah");
			t.createCell(2).setCellValue(dots.format(total(values, 0)));
			t.createCell(3).setCellValue(dots.format(total(values, 1)));
			t.createCell(4).setCellValue(dots.format(total(values, 0) + total(values, 1)));
			s.createRow(7 + KECAMATAN.size()).createCell(0).setCellValue("Sumber: BPS Kota Pangkalpinang, Proyeksi Penduduk " + tahun);
			Path file = dir.resolve(name);
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
			return file;
		}
	}

	/** The 2023 release, published by the Walidata (codes, 100 fewer per cell than 2024). */
	private void publish2023(String slug) throws Exception {
		StringBuilder csv = new StringBuilder("kode_kecamatan,laki_laki,perempuan,jumlah\n");
		for (int i = 0; i < KECAMATAN.size(); i++) {
			long l = Math.max(0, TAHUN_2024[i][0] - 100);
			long p = Math.max(0, TAHUN_2024[i][1] - 100);
			csv.append(KECAMATAN.get(i)[1]).append(',').append(l).append(',').append(p).append(',').append(l + p).append('\n');
		}
		String page = mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "2023.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.param("periode", "2023").with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(page).contains("/rilis/");
		mvc.perform(post(page + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));
	}

	/** A dataset of the provincial Disdukcapil: population per kecamatan of Kota Pangkalpinang by sex. */
	private long dataset(String slug) throws Exception {
		Pengumpulan journey = new Pengumpulan(mvc, accounts, json);
		journey.datasetDisdukcapil(slug, "Penduduk per Kecamatan " + slug,
				"Jumlah penduduk menurut kecamatan dan jenis kelamin di Kota Pangkalpinang.", "KECAMATAN", "19.71");
		mvc.perform(post("/kelola/dataset/" + slug + "/skema").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kolom[0].nama", "kode_kecamatan").param("kolom[0].label", "Kode Kecamatan").param("kolom[0].tipe", "KODE")
			.param("kolom[0].kodeReferensi", "wilayah").param("kolom[0].wajib", "true").param("kolom[0].kunci", "true")
			.param("kolom[1].nama", "laki_laki").param("kolom[1].label", "Laki-laki").param("kolom[1].tipe", "BILANGAN_BULAT")
			.param("kolom[1].satuan", "jiwa").param("kolom[1].formatAngka", "INDONESIA").param("kolom[1].wajib", "true").param("kolom[1].nilaiMin", "0")
			.param("kolom[2].nama", "perempuan").param("kolom[2].label", "Perempuan").param("kolom[2].tipe", "BILANGAN_BULAT")
			.param("kolom[2].satuan", "jiwa").param("kolom[2].formatAngka", "INDONESIA").param("kolom[2].wajib", "true").param("kolom[2].nilaiMin", "0")
			.param("kolom[3].nama", "jumlah").param("kolom[3].label", "Jumlah").param("kolom[3].tipe", "BILANGAN_BULAT")
			.param("kolom[3].satuan", "jiwa").param("kolom[3].formatAngka", "INDONESIA").param("kolom[3].wajib", "true").param("kolom[3].nilaiMin", "0"));
		long id = journey.idDataset(slug);
		mvc.perform(post("/kelola/pengumpulan/aturan/" + id).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("jenis", "JUMLAH").param("kolom", "jumlah").param("tingkat", "GALAT").param("bagian", "laki_laki, perempuan"));
		return id;
	}

}
