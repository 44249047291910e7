package id.satudata.pengumpulan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad files on the producer's upload: each gets a clear message saying what and where, no draft
 * release is kept, and the submission stays as it was (still a draft the producer can fix).
 */
@IntegrationTest
class PengumpulanBerkasBurukIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	Pengumpulan journey;

	long pengajuan;

	@BeforeEach
	void setUp() throws Exception {
		journey = new Pengumpulan(mvc, accounts, json);
		long dataset = journey.datasetPenduduk("penduduk-buruk-" + UUID.randomUUID().toString().substring(0, 8));
		pengajuan = journey.buka(dataset, "2024");
	}

	@Test
	void raggedRowsAndMixedDelimitersAreReportedByLine() throws Exception {
		String ragged = Pengumpulan.BENAR.replace("19.02,2024,97313,93120,190433", "19.02,2024,97313,93120")
			.replace("19.03,2024,106517,100208,206725", "19.03;2024;106517;100208;206725");
		String report = errorReport(ragged, "ragged.csv");
		assertThat(report).contains("3 —").contains("4 —");
	}

	@Test
	void windows1252BomBlankLinesAndSemicolonsAreReadAsOfficesWriteThem() throws Exception {
		// as Excel on Indonesian Windows saves: semicolons, Windows-1252, and a blank line
		String csv = Pengumpulan.BENAR.replace(',', ';').replace("19.03;2024", "\n19.03;2024");
		byte[] cp1252 = csv.getBytes(Charset.forName("windows-1252"));
		assertThat(upload(cp1252, "excel.csv").path("status").asString()).isEqualTo("SELESAI");
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
		// a byte-order mark in front of the header is not part of the first column's name
		byte[] bom = ("\uFEFF" + Pengumpulan.BENAR).getBytes(StandardCharsets.UTF_8);
		assertThat(upload(bom, "bom.csv").path("status").asString()).isEqualTo("SELESAI");
		page = journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
	}

	@Test
	void decimalCommasAndThousandsSeparatorsInAStandardColumnAreTypeErrors() throws Exception {
		String csv = Pengumpulan.BENAR.replace("19.01,2024,171245,165009,336254", "19.01,2024,\"171.245\",\"165,5\",336254");
		String report = errorReport(csv, "angka.csv");
		assertThat(report).contains("2 laki_laki 171.245").contains("2 perempuan 165,5").contains("bilangan bulat");
	}

	@Test
	void spreadsheetFormulasMergedCellsAndHiddenSheetsAreHandledVisibly() throws Exception {
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet hidden = wb.createSheet("Rahasia");
			hidden.createRow(0).createCell(0).setCellValue("jangan dibaca");
			wb.setSheetHidden(0, true);
			Sheet data = wb.createSheet("Data");
			String[] lines = Pengumpulan.BENAR.split("\n");
			for (int r = 0; r < lines.length; r++) {
				Row row = data.createRow(r);
				String[] cells = lines[r].split(",");
				for (int c = 0; c < cells.length; c++) {
					if (r > 0 && c >= 2) {
						row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
					}
					else {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
				if (r > 0) {
					// the total as a formula: its value is what counts
					row.getCell(4).setCellFormula("C" + (r + 1) + "+D" + (r + 1));
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			data.addMergedRegion(new CellRangeAddress(8, 8, 0, 1));
			data.createRow(8).createCell(0).setCellValue("Sumber: Disdukcapil");
			wb.setActiveSheet(1);
			wb.write(out);
			xlsx = out.toByteArray();
		}
		// the merged note row is a footnote, not data: left out of the table, so every data row passes
		JsonNode s = upload(xlsx, "data.xlsx");
		assertThat(s.path("status").asString()).as(s.toString()).isEqualTo("SELESAI");
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("Semua 7 baris lolos pemeriksaan");
		assertThat(page.text()).doesNotContain("jangan dibaca").doesNotContain("Sumber: Disdukcapil tidak");
	}

	@Test
	void zipBombsAndExternalEntitiesAreRefusedClearly() throws Exception {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		JsonNode bombed = upload(bomb.toByteArray(), "bom.xlsx");
		assertThat(bombed.path("status").asString()).isEqualTo("GAGAL");
		assertThat(bombed.path("galat").asString()).contains("XLSX");

		Path secret = Files.createTempFile("rahasia", ".txt");
		Files.writeString(secret, "RAHASIA-NEGARA");
		JsonNode xxe = upload(withEntity(secret), "xxe.xlsx");
		String shown = xxe.toString() + journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN).text();
		assertThat(shown).doesNotContain("RAHASIA-NEGARA");
		assertNothingKept();
	}

	@Test
	void aFileNameWithPathSegmentsIsKeptOnlyAsItsLastPart() throws Exception {
		upload(Pengumpulan.BENAR.getBytes(StandardCharsets.UTF_8), "../../etc/passwd.csv");
		assertThat(jdbc.queryForObject("SELECT nama_berkas FROM versi_pengajuan WHERE pengajuan_id = ?", String.class,
				pengajuan)).isEqualTo("passwd.csv");
	}

	@Test
	void emptyFilesAndHeadersOnlyAreRefusedWithAMessage() throws Exception {
		MockHttpServletResponse empty = post(new byte[0], "kosong.csv");
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("Pilih berkas CSV atau XLSX");
		String report = errorReport(Pengumpulan.HEADER.getBytes(StandardCharsets.UTF_8), "judul-saja.csv");
		assertThat(report).contains("tanpa baris data");
	}

	private String errorReport(String csv, String name) throws Exception {
		return errorReport(csv.getBytes(StandardCharsets.UTF_8), name);
	}

	/** Uploads, expects a finished check with errors, and returns the report table's text. */
	private String errorReport(byte[] content, String name) throws Exception {
		JsonNode s = upload(content, name);
		assertThat(s.path("status").asString()).as(s.toString()).isEqualTo("SELESAI");
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN);
		assertThat(page.select("#hasil-validasi").text()).contains("galat");
		assertNothingKept();
		return page.select("#tabel-temuan tbody").text();
	}

	private void assertNothingKept() throws Exception {
		assertThat(jdbc.queryForObject("SELECT count(*) FROM versi_pengajuan WHERE pengajuan_id = ? AND rilis_uuid IS NOT NULL",
				Long.class, pengajuan)).as("no draft release").isZero();
		Document page = journey.page(get("/kelola/pengumpulan/pengajuan/" + pengajuan), Demo.PRODUSEN);
		assertThat(page.select("#status-pengajuan").text()).isEqualTo("Draf");
		assertThat(page.select("#tombol-ajukan").hasAttr("disabled")).isTrue();
	}

	private JsonNode upload(byte[] content, String name) throws Exception {
		MockHttpServletResponse r = post(content, name);
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
		return journey.tunggu(json.readTree(r.getContentAsString()).path("status").asString());
	}

	private MockHttpServletResponse post(byte[] content, String name) throws Exception {
		return mvc.perform(multipart("/kelola/pengumpulan/pengajuan/" + pengajuan + "/unggah")
			.file(new MockMultipartFile("berkas", name, "application/octet-stream", content))
			.param("version", String.valueOf(journey.versi(pengajuan, Demo.PRODUSEN))).with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).header("Accept", "application/json")).andReturn().getResponse();
	}

	/** A workbook whose sheet declares an external entity pointing at a local file. */
	private static byte[] withEntity(Path secret) throws IOException {
		byte[] plain;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("Data").createRow(0).createCell(0).setCellValue("kode_wilayah");
			wb.write(out);
			plain = out.toByteArray();
		}
		ByteArrayOutputStream hostile = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain));
				ZipOutputStream zip = new ZipOutputStream(hostile)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					data = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri()
							+ "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
							+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(data);
				zip.closeEntry();
			}
		}
		return hostile.toByteArray();
	}

}
