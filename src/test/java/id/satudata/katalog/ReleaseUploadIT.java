package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.SatuDataProperties;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * Uploading a release through the back office, the way a Walidata does: good files become a draft
 * release; every malformed file (ragged rows, wrong encoding, empty, formulas, merged cells, dates
 * as serial numbers, a zip bomb, XML external entities) gets a clear message saying what and where,
 * and leaves nothing behind: no release row, no stored table file.
 */
@IntegrationTest
class ReleaseUploadIT {

	static final AtomicInteger SEQ = new AtomicInteger();

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

	String slug;

	@BeforeEach
	void newDatasetWithSchema() throws Exception {
		long org = organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
		long produsen = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).get(0).id();
		slug = "uji-unggah-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		mvc.perform(post("/kelola/dataset/baru").with(csrf()).with(accounts.as(Demo.WALIDATA)).param("slug", slug)
			.param("judul", "Uji Unggah " + slug).param("produsenUnitId", String.valueOf(produsen))
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
	}

	ResultActions upload(String filename, byte[] content) throws Exception {
		return mvc.perform(multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", filename, "application/octet-stream", content)).param("periode", "2024")
			.with(csrf()).with(accounts.as(Demo.WALIDATA)));
	}

	int releases() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Integer.class, slug);
	}

	long storedFiles() throws IOException {
		Path root = properties.dataDir().resolve("files");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** Uploads a malformed file and checks it left nothing: no release, no new stored file. */
	ResultActions refused(String filename, byte[] content) throws Exception {
		long before = storedFiles();
		ResultActions result = upload(filename, content);
		assertThat(releases()).as("releases after %s", filename).isZero();
		assertThat(storedFiles()).as("stored files after %s", filename).isEqualTo(before);
		return result;
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aCsvsTotalAndSourceRowsAreNotImportedSilentlyAsData() throws Exception {
		MvcResult r = upload("dengan-jumlah.csv", utf8("Jumlah Penduduk 2024,,,\n,,,\nkode_wilayah,nama,tanggal,jumlah\n"
				+ "19.01,Bangka,2024-12-31,10\n19.02,Belitung,2024-12-31,20\nJumlah,,,30\nSumber: BPS Provinsi,,,\n"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sukses", allOf(containsString("dengan 2 baris"),
					containsString("3 baris berkas bukan data"), containsString("1 (judul di atas tabel)"),
					containsString("6 (baris jumlah"), containsString("7 (catatan kaki"))))
			.andReturn();
		assertThat(jdbc.queryForObject("SELECT r.jumlah_baris FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				Long.class, slug)).isEqualTo(2);
		mvc.perform(get(r.getResponse().getRedirectedUrl()).with(accounts.as(Demo.WALIDATA)))
			// the footnote is the release's note, not a row of its table
			.andExpect(content().string(allOf(containsString("Belitung"),
					containsString("<p class=\"small text-secondary\">Sumber: BPS Provinsi</p>"),
					not(containsString("<td>Sumber: BPS")))));
		// a failing upload's report lists the rows left out, and why
		upload("salah-jumlah.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,-5\nJumlah,,,-5\n"))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"baris-dikecualikan\""),
					containsString("baris jumlah (total), tidak diimpor sebagai data"))));
	}

	@Test
	void aTotalThatDoesNotAddUpIsWarnedAboutAndTheFootnoteBecomesTheReleasesNote() throws Exception {
		upload("jumlah-tidak-cocok.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10400\n"
				+ "19.02,Belitung,2024-12-31,1000\nJumlah,,,12400\nSumber: BPS Provinsi,,,\n"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sukses", containsString("dengan 2 baris")))
			.andExpect(flash().attribute("peringatan", org.hamcrest.Matchers.contains(
					"Baris 4: Kolom Jumlah: baris Jumlah 12.400, jumlah baris 11.400 (2 baris dijumlahkan). "
							+ "Periksa baris jumlah atau rinciannya.")));
		assertThat(jdbc.queryForObject("SELECT r.catatan FROM rilis r JOIN dataset d ON d.id = r.dataset_id WHERE d.slug = ?",
				String.class, slug)).isEqualTo("Sumber: BPS Provinsi");

		// a total that adds up: no warning
		upload("jumlah-cocok.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10400\n"
				+ "19.02,Belitung,2024-12-31,2000\nJumlah,,,12400\n"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void aNameOfTwoRegionsIsOfferedWithItsCodesAndTheWalidatasChoiceAppliesWhenTheFileComesAgain() throws Exception {
		byte[] csv = utf8("Desa/Kelurahan,nama,tanggal,jumlah\nAir Duren,Air Duren,2024-12-31,640\n");
		String page = refused("nama.csv", csv).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
		org.jsoup.nodes.Element step = doc.selectFirst("#nama-kode");
		assertThat(step).as(doc.select("#tabel-galat-unggah").text()).isNotNull();
		assertThat(step.select("label[for=kode-nama-0]").text()).isEqualTo("\u201cAir Duren\u201d (kolom Desa/Kelurahan)");
		assertThat(step.select("#kode-nama-0 option").eachAttr("value")).contains("", "19.01.04.2009", "19.01.05.2002");
		assertThat(step.select("input[name=periode]").attr("value")).isEqualTo("2024");
		// the summary per rule names the rule (it showed the message key before)
		assertThat(page).doesNotContain("??");
		assertThat(doc.select("li:has(strong)").eachText()).contains("Nama ke kode: 1");

		// the Walidata chooses Pemali's Air Duren and sends the same file again
		var again = multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "nama.csv", "application/octet-stream", csv));
		for (org.jsoup.nodes.Element input : step.select("input[type=hidden]")) {
			again.param(input.attr("name"), input.attr("value"));
		}
		again.param("kode0", "19.01.05.2002");
		mvc.perform(again.with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sukses", containsString("dengan 1 baris")));
		assertThat(releases()).isEqualTo(1);
		// a code outside the candidates is not taken: the name stays undecided
		var wrong = multipart("/kelola/dataset/{s}/rilis", slug)
			.file(new MockMultipartFile("berkas", "nama.csv", "application/octet-stream", csv)).param("periode", "2024")
			.param("kolom0", "Desa/Kelurahan").param("nama0", "Air Duren").param("kode0", "19.01");
		mvc.perform(wrong.with(csrf()).with(accounts.as(Demo.WALIDATA))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nama-kode\"")));
		assertThat(releases()).isEqualTo(1);
	}

	@Test
	void aDraftIsDeletedWithItsTableAndAuditedAPublishedReleaseIsNot() throws Exception {
		long filesBefore = storedFiles();
		String page = upload("salah.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(releases()).isEqualTo(1);
		assertThat(storedFiles()).isEqualTo(filesBefore + 1);
		mvc.perform(get(page).with(accounts.as(Demo.WALIDATA))).andExpect(content().string(containsString("id=\"tombol-hapus-draf\"")));
		// only the dataset's managers: a producer cannot
		mvc.perform(post(page + "/hapus").with(csrf()).with(accounts.as(Demo.PRODUSEN))).andExpect(status().isForbidden());
		mvc.perform(post(page + "/hapus").with(accounts.as(Demo.WALIDATA))).andExpect(status().isForbidden());
		assertThat(releases()).isEqualTo(1);

		mvc.perform(post(page + "/hapus").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(redirectedUrl("/kelola/dataset/" + slug))
			.andExpect(flash().attribute("sukses", containsString("Draf rilis periode 2024 versi 1 dihapus")));
		assertThat(releases()).isZero();
		assertThat(storedFiles()).as("the table file is gone").isEqualTo(filesBefore);
		assertThat(jdbc.queryForList("SELECT ringkasan FROM audit_event WHERE aksi = 'rilis.dihapus' AND ringkasan LIKE ?",
				String.class, slug + " 2024 v1%")).hasSize(1);
		mvc.perform(get(page).with(accounts.as(Demo.WALIDATA))).andExpect(status().isNotFound());

		// published, then withdrawn: both refused with 409, the release and its table stay
		String published = upload("baik.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(published).with(accounts.as(Demo.WALIDATA))).andExpect(content().string(containsString("id=\"tombol-terbitkan\"")));
		mvc.perform(post(published + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		mvc.perform(get(published).with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(not(containsString("id=\"tombol-hapus-draf\""))));
		mvc.perform(post(published + "/hapus").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("sudah pernah terbit")));
		mvc.perform(post(published + "/tarik").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		mvc.perform(post(published + "/hapus").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().isConflict());
		assertThat(releases()).isEqualTo(1);
		assertThat(storedFiles()).isEqualTo(filesBefore + 1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'rilis.dihapus' AND ringkasan LIKE ?",
				Integer.class, slug + " %")).isEqualTo(1);
	}

	@Test
	void aGoodCsvBecomesADraftReleaseThatOnlyThePublishStepMakesPublic() throws Exception {
		MvcResult r = upload("baik.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,10\n"
				+ "19.71,\"Pangkal Pinang, Kota\",31/12/2024,20\n")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("sukses", containsString("2 baris"))).andReturn();
		assertThat(releases()).isEqualTo(1);
		String page = r.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(accounts.as(Demo.WALIDATA))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pangkal Pinang, Kota"), containsString("2024-12-31"),
					containsString("id=\"tombol-terbitkan\""))));
		// a draft is not public
		mvc.perform(get("/dataset/{s}", slug)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(flash().attribute("sukses", containsString("diterbitkan")));
		mvc.perform(get("/dataset/{s}", slug)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Pangkal Pinang, Kota")));
		// a second upload of the same period is version 2; version 1 stays
		upload("baik2.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-12-31,11\n"))
			.andExpect(flash().attribute("sukses", containsString("versi 2")));
		assertThat(releases()).isEqualTo(2);
	}

	@Test
	void raggedRowsAreReportedByLineAndNothingIsKept() throws Exception {
		refused("tidak-rata.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-01-01,1\n"
				+ "19.02,Belitung,2024-01-01\n19.03,Bangka Selatan,2024-01-01,3,lebih\n"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("tidak ada rilis yang dibuat"),
					containsString("lebih sedikit kolom"), containsString("lebih banyak kolom"), containsString("<td>3</td>"),
					containsString("<td>4</td>"))));
	}

	@Test
	void badValuesAreReportedWithRowColumnAndRule() throws Exception {
		refused("nilai.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-01-01,1\n"
				+ "19.99,Salah,2024-13-45,-5\n19.01,Ganda,2024-01-01,\n"))
			.andExpect(content().string(allOf(containsString("tidak ada dalam Kode Referensi"),
					containsString("bukan tanggal"), containsString("di luar rentang"), containsString("wajib diisi"),
					containsString("lebih dari sekali"))));
	}

	@Test
	void wrongEncodingEmptyAndNonTabularFilesGetAClearMessage() throws Exception {
		// UTF-16 saved without a byte-order mark: every other byte is zero
		refused("utf16.csv", "kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-01-01,1\n"
			.getBytes(StandardCharsets.UTF_16LE)).andExpect(flash().attribute("galat", containsString("UTF-16")));
		refused("kosong.csv", new byte[0]).andExpect(flash().attribute("galat", containsString("Pilih berkas")));
		refused("judul-saja.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n"))
			.andExpect(content().string(containsString("tanpa baris data")));
		refused("gambar.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 })
			.andExpect(flash().attribute("galat", containsString("bukan tabel")));
		// Windows-1252 text (Excel's "CSV") is recognised and read right, not refused
		upload("ansi.csv", "kode_wilayah,nama,tanggal,jumlah\n19.01,Kabupaten Bangka \u2013 Sungailiat,2024-01-01,1\n"
			.getBytes(Charset.forName("windows-1252"))).andExpect(flash().attribute("sukses", containsString("1 baris")));
	}

	@Test
	void formulasAreKeptAsTextAndNeutralizedOnExportButNeverCountAsNumbers() throws Exception {
		refused("rumus.csv", utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,Bangka,2024-01-01,=1+1\n"))
			.andExpect(content().string(allOf(containsString("bukan bilangan bulat"), containsString("=1+1"))));
		MvcResult ok = upload("rumus-teks.csv",
				utf8("kode_wilayah,nama,tanggal,jumlah\n19.01,\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"klik\"\")\",2024-01-01,1\n"))
			.andExpect(flash().attribute("sukses", containsString("1 baris"))).andReturn();
		String page = ok.getResponse().getRedirectedUrl();
		mvc.perform(post(page + "/terbitkan").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		String uuid = page.substring(page.lastIndexOf('/') + 1);
		mvc.perform(get("/dataset/{s}/rilis/{u}/unduh.csv", slug, uuid)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("'=HYPERLINK"), not(containsString(",=HYPERLINK")))));
	}

	@Test
	void spreadsheetsWithMergedCellsAndSerialDatesAreReadAsTheyLookOrRefusedClearly() throws Exception {
		// a date-formatted cell is a date; a bare serial number in a date column is refused by row
		byte[] xlsx = workbook(sheet -> {
			CellStyle date = sheet.getWorkbook().createCellStyle();
			date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			header(sheet);
			Row r1 = sheet.createRow(1);
			r1.createCell(0).setCellValue("19.01");
			r1.createCell(1).setCellValue("Bangka");
			r1.createCell(2).setCellValue(LocalDate.of(2024, 6, 30));
			r1.getCell(2).setCellStyle(date);
			r1.createCell(3).setCellValue(5);
			Row r2 = sheet.createRow(2);
			r2.createCell(0).setCellValue("19.02");
			r2.createCell(1).setCellValue("Belitung");
			r2.createCell(2).setCellValue(45292);
			r2.createCell(3).setCellFormula("D2*2");
		});
		refused("serial.xlsx", xlsx).andExpect(content().string(allOf(containsString("bukan tanggal"),
				containsString("45292"), containsString("<td>3</td>"))));
		// merged cells: the value sits in the first cell only, so the merged-away required cell is reported
		byte[] merged = workbook(sheet -> {
			header(sheet);
			for (int i = 1; i <= 2; i++) {
				Row r = sheet.createRow(i);
				r.createCell(0).setCellValue("19.0" + i);
				r.createCell(1).setCellValue("Wilayah " + i);
				r.createCell(2).setCellValue("2024-01-01");
			}
			sheet.getRow(1).createCell(3).setCellValue(9);
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
		});
		refused("gabung.xlsx", merged).andExpect(content().string(allOf(containsString("sel gabungan"),
				containsString("Kolom Jumlah wajib diisi"), containsString("<td>3</td>"))));
		// the same sheet without the merge is accepted, with formulas read as their values
		byte[] formulas = workbook(sheet -> {
			header(sheet);
			Row r = sheet.createRow(1);
			r.createCell(0).setCellValue("19.01");
			r.createCell(1).setCellValue("Bangka");
			r.createCell(2).setCellValue("2024-01-01");
			r.createCell(3).setCellFormula("2*21");
			sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
		MvcResult ok = upload("rumus.xlsx", formulas).andExpect(flash().attribute("sukses", containsString("1 baris")))
			.andReturn();
		mvc.perform(get(ok.getResponse().getRedirectedUrl()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(containsString("<td>42</td>")));
	}

	@Test
	void zipBombsAndExternalEntitiesAreRefusedWithoutReadingThem() throws Exception {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		refused("bom.xlsx", bomb.toByteArray()).andExpect(flash().attribute("galat", containsString("XLSX")));

		Path secret = Files.createTempFile("rahasia", ".txt");
		Files.writeString(secret, "RAHASIA-NEGARA");
		byte[] plain = workbook(sheet -> {
			header(sheet);
			sheet.createRow(1).createCell(0).setCellValue("PLACEHOLDER");
		});
		ByteArrayOutputStream hostile = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
				ZipOutputStream zip = new ZipOutputStream(hostile)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					data = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
							+ secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
							+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kode_wilayah</t></is></c>"
							+ "<c r=\"B1\" t=\"inlineStr\"><is><t>nama</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>tanggal</t></is></c>"
							+ "<c r=\"D1\" t=\"inlineStr\"><is><t>jumlah</t></is></c></row>"
							+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>19.01</t></is></c>"
							+ "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"D2\"><v>1</v></c></row></sheetData></worksheet>");
				}
				zip.write(data);
				zip.closeEntry();
			}
		}
		refused("xxe.xlsx", hostile.toByteArray())
			.andExpect(flash().attribute("galat", containsString("entitas eksternal")));
		Files.deleteIfExists(secret);
	}

	interface SheetWriter {

		void write(Sheet sheet) throws IOException;

	}

	static void header(Sheet sheet) {
		Row h = sheet.createRow(0);
		h.createCell(0).setCellValue("kode_wilayah");
		h.createCell(1).setCellValue("nama");
		h.createCell(2).setCellValue("tanggal");
		h.createCell(3).setCellValue("jumlah");
	}

	static byte[] workbook(SheetWriter writer) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = bytes) {
			writer.write(wb.createSheet("Data"));
			wb.write(out);
		}
		return bytes.toByteArray();
	}

}
