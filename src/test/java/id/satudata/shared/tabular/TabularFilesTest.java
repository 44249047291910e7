package id.satudata.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFilesTest {

	@TempDir
	Path dir;

	record Read(List<String> header, List<String[]> rows, List<Long> numbers, ReadSummary summary) {
	}

	Read read(Path file, ReadOptions options) {
		List<String> header = new ArrayList<>();
		List<String[]> rows = new ArrayList<>();
		List<Long> numbers = new ArrayList<>();
		ReadSummary summary = TabularFiles.read(file, options, new RowHandler() {
			@Override
			public void header(List<String> names) {
				header.addAll(names);
			}

			@Override
			public void row(long rowNumber, String[] values) {
				rows.add(values);
				numbers.add(rowNumber);
			}
		});
		return new Read(header, rows, numbers, summary);
	}

	Path write(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	@Test
	void detectsSemicolonSeparatorBomAndSkipsBlankLines() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "kode;nama\r\n19;\"Kepulauan Bangka; Belitung\"\r\n\r\n19.71;Kota Pangkal Pinang\r\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		Read r = read(write("a.csv", all), ReadOptions.strictUtf8());
		assertThat(r.header()).containsExactly("kode", "nama");
		assertThat(r.rows()).hasSize(2);
		assertThat(r.rows().get(0)[1]).isEqualTo("Kepulauan Bangka; Belitung");
		assertThat(r.numbers()).containsExactly(2L, 4L);
		assertThat(r.summary().delimiter()).isEqualTo(';');
		assertThat(r.summary().bom()).isTrue();
	}

	@Test
	void aSemicolonCsvWithATitleLineKeepsItsSeparator() throws IOException {
		// the title has no ';' (and a comma): the separator is the one the table's lines share
		Read r = read(write("judul.csv", ("Jumlah Penduduk Kota Pangkalpinang, 2024\r\n\r\nKecamatan;Laki-laki;Perempuan;Jumlah\r\n"
				+ "Bukit Intan;21.302;20.990;42.292\r\nTaman Sari;8.120;8.001;16.121\r\nJumlah;29.422;28.991;58.413\r\n")
			.getBytes(StandardCharsets.UTF_8)), ReadOptions.strictUtf8());
		assertThat(r.summary().delimiter()).isEqualTo(';');
		assertThat(r.rows().get(1)).containsExactly("Bukit Intan", "21.302", "20.990", "42.292");
	}

	@Test
	void detectsTabSeparator() throws IOException {
		Read r = read(write("t.tsv", "a\tb\tc\n1\t2\t3\n".getBytes(StandardCharsets.UTF_8)), ReadOptions.strictUtf8());
		assertThat(r.summary().delimiter()).isEqualTo('\t');
		assertThat(r.rows().get(0)).containsExactly("1", "2", "3");
	}

	@Test
	void strictModeRefusesWindows1252WithTheLineOfTheFirstBadByte() throws IOException {
		Charset cp1252 = Charset.forName("windows-1252");
		Path file = write("w.csv", "kode,nama\n1,Satu\n2,Caf\u00e9 \u2013 Dua\n".getBytes(cp1252));
		assertThatThrownBy(() -> read(file, ReadOptions.strictUtf8())).isInstanceOf(TabularFileException.class)
			.satisfies(e -> {
				TabularFileException t = (TabularFileException) e;
				assertThat(t.getMessageKey()).isEqualTo("tabular.galat.encoding");
				assertThat(t.getArgs()).containsExactly(3L);
			});
	}

	@Test
	void detectModeFallsBackToWindows1252() throws IOException {
		Path file = write("w.csv", "kode,nama\n2,Caf\u00e9\n".getBytes(Charset.forName("windows-1252")));
		Read r = read(file, ReadOptions.detect());
		assertThat(r.rows().get(0)[1]).isEqualTo("Caf\u00e9");
		assertThat(r.summary().encoding()).isEqualTo("windows-1252");
	}

	@Test
	void utf16WithBomIsRead() throws IOException {
		byte[] text = "kode,nama\n1,Satu\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] all = new byte[text.length + 2];
		all[0] = (byte) 0xFF;
		all[1] = (byte) 0xFE;
		System.arraycopy(text, 0, all, 2, text.length);
		Read r = read(write("u.csv", all), ReadOptions.strictUtf8());
		assertThat(r.rows().get(0)).containsExactly("1", "Satu");
	}

	@Test
	void utf16WithoutBomIsRecognisedAndExplained() throws IOException {
		Path file = write("u.csv", "kode,nama\n19.71,Kota Pangkal Pinang\n".getBytes(StandardCharsets.UTF_16BE));
		assertThatThrownBy(() -> read(file, ReadOptions.strictUtf8())).hasMessage("tabular.galat.utf16TanpaBom");
		assertThat(TabularFiles.looksLikeUtf16WithoutBom("kode,nama\n".getBytes(StandardCharsets.UTF_8), 10)).isFalse();
	}

	@Test
	void emptyFilesAndBinaryFilesAreRefused() throws IOException {
		assertThatThrownBy(() -> read(write("e.csv", new byte[0]), ReadOptions.strictUtf8()))
			.hasMessage("tabular.galat.kosong");
		assertThatThrownBy(() -> read(write("b.csv", new byte[] { 1, 2, 0, 4, 5 }), ReadOptions.strictUtf8()))
			.hasMessage("tabular.galat.bukanTabel");
		assertThatThrownBy(() -> read(write("x.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2 }),
				ReadOptions.strictUtf8())).hasMessage("tabular.galat.xlsLama");
	}

	@Test
	void xlsxGivesIsoDatesPlainNumbersCachedFormulaValuesAndNotesMergedCells() throws IOException {
		Path file = dir.resolve("d.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet hidden = wb.createSheet("Rahasia");
			hidden.createRow(0).createCell(0).setCellValue("x");
			Sheet sheet = wb.createSheet("Data");
			wb.setSheetHidden(0, true);
			CreationHelper helper = wb.getCreationHelper();
			CellStyle dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			Row h = sheet.createRow(0);
			h.createCell(0).setCellValue("kode");
			h.createCell(1).setCellValue("tanggal");
			h.createCell(2).setCellValue("jumlah");
			h.createCell(3).setCellValue("total");
			Row r = sheet.createRow(1);
			r.createCell(0).setCellValue("19.71");
			r.createCell(1).setCellValue(LocalDate.of(2024, 12, 31));
			r.getCell(1).setCellStyle(dateStyle);
			r.createCell(2).setCellValue(1234.5);
			r.createCell(3).setCellFormula("C2*2");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Row r2 = sheet.createRow(3);
			r2.createCell(0).setCellValue("19.01");
			r2.createCell(2).setCellValue(7);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
			wb.write(out);
		}
		assertThat(TabularFiles.sheetNames(file)).containsExactly("Data");
		Read read = read(file, ReadOptions.strictUtf8());
		assertThat(read.header()).containsExactly("kode", "tanggal", "jumlah", "total");
		assertThat(read.rows().get(0)).containsExactly("19.71", "2024-12-31", "1234.5", "2469");
		assertThat(read.rows().get(1)).containsExactly("19.01", "", "7");
		assertThat(read.numbers()).containsExactly(2L, 4L);
		assertThat(read.summary().sheet()).isEqualTo("Data");
		assertThat(read.summary().notes()).contains("tabular.catatan.sheetTersembunyi", "tabular.catatan.selGabung");
	}

	@Test
	void zipBombIsRefused() throws IOException {
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
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
		assertThatThrownBy(() -> read(file, ReadOptions.strictUtf8())).isInstanceOf(TabularFileException.class)
			.extracting(e -> ((TabularFileException) e).getMessageKey())
			.isIn("tabular.galat.zipBomb", "tabular.galat.xlsxRusak");
	}

	@Test
	void externalEntitiesInXlsxAreNotResolved() throws IOException {
		Path secret = write("secret.txt", "RAHASIA-NEGARA".getBytes(StandardCharsets.UTF_8));
		Path file = dir.resolve("xxe.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("Data");
			sheet.createRow(0).createCell(0).setCellValue("kode");
			sheet.createRow(1).createCell(0).setCellValue("PLACEHOLDER");
			wb.write(out);
		}
		// replace the sheet XML with one that declares an external entity pointing at a local file
		Path hostile = dir.resolve("xxe2.xlsx");
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(hostile))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					data = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
							+ secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
							+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kode</t></is></c></row>"
							+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(data);
				zip.closeEntry();
			}
		}
		try {
			Read r = read(hostile, ReadOptions.strictUtf8());
			assertThat(r.rows()).allSatisfy(row -> assertThat(String.join(",", row)).doesNotContain("RAHASIA"));
		}
		catch (TabularFileException e) {
			assertThat(e.getMessageKey()).isIn("tabular.galat.xmlBerbahaya", "tabular.galat.xlsxRusak");
		}
	}

	@Test
	void tooManyRowsAreRefused() throws IOException {
		StringBuilder sb = new StringBuilder("a\n");
		for (int i = 0; i < 20; i++) {
			sb.append(i).append('\n');
		}
		Path file = write("many.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file, ReadOptions.strictUtf8().withMaxRows(10)))
			.hasMessage("tabular.galat.terlaluBanyakBaris");
	}

	@Test
	void exportsNeutralizeFormulasInTextButKeepNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter w = TableWriter.csv(out)) {
			w.header(List.of("nama", "nilai"));
			w.row(List.of("=HYPERLINK(\"http://x\")", -5));
			w.row(List.of("+62 811", 3.5));
			w.row(List.of("@SUM(A1)", 0));
		}
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv).contains("'=HYPERLINK", "'+62 811", "'@SUM(A1)", ",-5", ",3.5");
		assertThat(SpreadsheetSafe.text("-1")).isEqualTo("'-1");
		assertThat(SpreadsheetSafe.text("Bangka")).isEqualTo("Bangka");
		assertThat(SpreadsheetSafe.text("\tx")).isEqualTo("'\tx");
	}

	@Test
	void datesInTheFormsOfficesType() {
		assertThat(Tanggal.parse("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(Tanggal.parse("31/03/2026")).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(Tanggal.parse("1-3-2026")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Tanggal.parse("2026-02-30")).isNull();
		assertThat(Tanggal.parse("kemarin")).isNull();
	}

}
