package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import id.satudata.datastore.Aggregation;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.ExportFormat;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.Severity;
import id.satudata.shared.tabular.TabularFileException;

class ImportPipelineTest extends EngineTest {

	static final List<ColumnSpec> PENDUDUK = List.of(
			new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null, true),
			new ColumnSpec("tahun", "Tahun", ColumnType.BILANGAN_BULAT, null, null, true, new BigDecimal("2000"),
					new BigDecimal("2100"), null, null, true),
			new ColumnSpec("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false),
			new ColumnSpec("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false),
			new ColumnSpec("rasio", "Rasio jenis kelamin", ColumnType.DESIMAL, null, null, false, null, null, null,
					NumberFormat.INDONESIA, false),
			new ColumnSpec("keterangan", "Keterangan", ColumnType.TEKS, null, null, false, null, null, null, null, false));

	static final String GOOD = """
			kode_wilayah;tahun;laki_laki;perempuan;rasio;keterangan
			19.01;2024;171.245;165.009;103,78;
			19.02;2024;97.313;93.120;104,5;=SUM(A1)
			19.71;2024;115.001;113.472;101,35;kota
			""";

	static final List<ColumnSpec> KECAMATAN = List.of(
			new ColumnSpec("kecamatan", "Kecamatan", ColumnType.TEKS, null, null, true, null, null, null, null, true),
			new ColumnSpec("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false),
			new ColumnSpec("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false),
			new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null, null,
					NumberFormat.INDONESIA, false));

	@Test
	void anOpdReportIsImportedAsItsKecamatanRowsOnly() throws Exception {
		Path file = dir.resolve("laporan.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("Penduduk");
			String[][] rows = { { "JUMLAH PENDUDUK MENURUT KECAMATAN" }, { "KOTA PANGKAL PINANG 2024" }, {},
					{ "No", "Kecamatan", "Jumlah Penduduk" }, { "", "", "Laki-laki", "Perempuan", "Jumlah" },
					{ "1", "Bukit Intan", "18.400", "17.900", "36.300" }, { "2", "Taman Sari", "6.000", "6.120", "12.120" },
					{ "3", "Rangkui", "21.333", "20.999", "42.332" }, { "", "Jumlah", "45.733", "45.019", "90.752" }, {},
					{ "Sumber: BPS Kota Pangkal Pinang" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = s.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 2, 4));
			wb.write(out);
		}
		ImportResult r = t.datastore.importTable(file, KECAMATAN, ImportOptions.defaults());
		assertThat(r.issues()).isEmpty();
		assertThat(r.rows()).isEqualTo(3);
		assertThat(r.file().headers()).containsExactly("No", "Kecamatan", "Jumlah Penduduk Laki-laki",
				"Jumlah Penduduk Perempuan", "Jumlah Penduduk Jumlah");
		assertThat(r.file().headerRow()).isEqualTo(4);
		assertThat(r.file().headerRows()).isEqualTo(2);
		assertThat(r.file().excluded()).extracting(e -> e.row(), e -> e.kind().name())
			.containsExactly(tuple(1L, "JUDUL"), tuple(2L, "JUDUL"), tuple(9L, "JUMLAH"), tuple(11L, "CATATAN"));
		assertThat(r.file().footnotes()).containsExactly("Sumber: BPS Kota Pangkal Pinang");
		QueryResult all = t.datastore.search(r.table(), Query.all(10));
		assertThat(all.records()).extracting(m -> m.get("kecamatan")).containsExactly("Bukit Intan", "Taman Sari", "Rangkui");
		assertThat(all.records().get(0)).containsEntry("laki_laki", 18400L).containsEntry("jumlah", 36300L);

		// a bad value is reported on its row of the sheet
		Path bad = dir.resolve("salah.csv");
		Files.writeString(bad, """
				JUMLAH PENDUDUK MENURUT KECAMATAN;;;
				;;;
				Kecamatan;Laki-laki;Perempuan;Jumlah
				Bukit Intan;18.400;17.900;36.300
				Taman Sari;banyak;6.120;12.120
				Jumlah;24.400;24.020;48.420
				Sumber: BPS;;;
				""");
		ImportResult b = t.datastore.importTable(bad, KECAMATAN, ImportOptions.defaults());
		assertThat(b.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(tuple(5L, "laki_laki", "banyak"));
	}

	@Test
	void aSemicolonCsvWithATitleLineAboveTheHeaderIsSplitOnItsSemicolons() {
		// the title line holds no separator (and a comma): the separator is the one the table's lines share
		ImportResult r = t.datastore.importTable(t.file("judul.csv", """
				Jumlah Penduduk menurut Kecamatan, Kota Pangkal Pinang 2024

				Kecamatan;Laki-laki;Perempuan;Jumlah
				Bukit Intan;18.400;17.900;36.300
				Taman Sari;6.000;6.120;12.120
				Jumlah;24.400;24.020;48.420
				Sumber: BPS Kota Pangkal Pinang
				"""), KECAMATAN, ImportOptions.defaults());
		assertThat(r.issues()).isEmpty();
		assertThat(r.rows()).isEqualTo(2);
		assertThat(r.file().delimiter()).isEqualTo(';');
		assertThat(r.file().headerRow()).isEqualTo(3);
		assertThat(r.file().excluded()).extracting(e -> e.row(), e -> e.kind().name())
			.containsExactly(tuple(1L, "JUDUL"), tuple(6L, "JUMLAH"), tuple(7L, "CATATAN"));
		assertThat(t.datastore.search(r.table(), Query.all(10)).records()).extracting(m -> m.get("jumlah"))
			.containsExactly(36300L, 12120L);
	}

	@Test
	void aCsvsTotalAndSourceRowsAreNotImportedAsData() {
		ImportResult r = t.datastore.importTable(t.file("jumlah.csv", """
				kecamatan,laki_laki,perempuan,jumlah
				Bukit Intan,18400,17900,36300
				Taman Sari,6000,6120,12120
				Jumlah,24400,24020,48420
				Sumber: BPS Kota Pangkal Pinang,,,
				"""), KECAMATAN, ImportOptions.defaults());
		assertThat(r.issues()).isEmpty();
		assertThat(r.rows()).isEqualTo(2);
		assertThat(r.file().excluded()).extracting(e -> e.row(), e -> e.kind().name(), e -> e.text())
			.containsExactly(tuple(4L, "JUMLAH", "Jumlah"), tuple(5L, "CATATAN", "Sumber: BPS Kota Pangkal Pinang"));
		assertThat(t.datastore.search(r.table(), Query.all(10)).records()).extracting(m -> m.get("kecamatan"))
			.containsExactly("Bukit Intan", "Taman Sari");
	}

	@Test
	void aTotalRowThatDoesNotAddUpIsAWarningNamingTheColumnAndBothNumbers() {
		ImportResult r = t.datastore.importTable(t.file("jumlah-salah.csv", """
				kecamatan;laki_laki;perempuan;jumlah
				Bukit Intan;18.400;17.900;36.300
				Taman Sari;6.000;6.120;12.120
				Jumlah;24.400;24.020;12.400
				Sumber: BPS;;;
				"""), KECAMATAN, ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.errorCount()).isZero();
		assertThat(r.warningCount()).isEqualTo(1);
		assertThat(r.issueCounts()).containsEntry("barisJumlah/PERINGATAN", 1L);
		assertThat(r.issues()).singleElement().satisfies(i -> {
			assertThat(i.severity()).isEqualTo(Severity.PERINGATAN);
			assertThat(i.row()).isEqualTo(4);
			assertThat(i.column()).isEqualTo("jumlah");
			assertThat(i.value()).isEqualTo("12.400");
			assertThat(i.args()).containsExactly("Jumlah", "Jumlah", "12.400", "48.420", 2L);
		});
		assertThat(r.rows()).isEqualTo(2);
	}

	@Test
	void subtotalsAreCheckedAgainstTheirOwnRowsAndAGrandTotalAgainstAllRows() {
		ImportResult r = t.datastore.importTable(t.file("subtotal.csv", """
				kecamatan,laki_laki,perempuan,jumlah
				A1,10,20,30
				A2,5,5,10
				Kabupaten/Kota A,15,25,40
				B1,1,2,3
				Kabupaten/Kota B,1,2,4
				Provinsi X,16,27,44
				"""), KECAMATAN, ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		// B's jumlah says 4 over one row of 3; the province's 44 is neither the 43 of all rows
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(tuple(6L, "jumlah", "4"), tuple(7L, "jumlah", "44"));
		assertThat(r.issues().get(1).args()).containsExactly("Jumlah", "Provinsi X", "44", "43", 3L);
	}

	@Test
	void importsAGoodFileAsATypedTable() {
		ImportResult r = t.datastore.importTable(t.file("good.csv", GOOD), PENDUDUK, ImportOptions.defaults());
		assertThat(r.issues()).isEmpty();
		assertThat(r.ok()).isTrue();
		assertThat(r.rows()).isEqualTo(3);
		assertThat(r.file().delimiter()).isEqualTo(';');
		QueryResult all = t.datastore.search(r.table(), Query.all(10));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.records().get(0)).containsEntry("_id", 1L).containsEntry("kode_wilayah", "19.01")
			.containsEntry("tahun", 2024L).containsEntry("laki_laki", 171245L).containsEntry("rasio", 103.78);
		assertThat(all.records().get(0).get("keterangan")).isNull();
	}

	@Test
	void queriesFilterSortPageChooseFieldsAndAggregate() {
		ImportResult r = t.datastore.importTable(t.file("good.csv", GOOD), PENDUDUK, ImportOptions.defaults());
		QueryResult filtered = t.datastore.search(r.table(), new Query(Map.of("kode_wilayah", List.of("19.01", "19.71")),
				Map.of("laki_laki", Map.of("gte", 100000)), null, List.of("perempuan desc"), List.of("kode_wilayah",
						"perempuan"), false, 1, 0, true));
		assertThat(filtered.total()).isEqualTo(2);
		assertThat(filtered.records()).singleElement().satisfies(row -> assertThat(row).containsOnlyKeys("_id",
				"kode_wilayah", "perempuan").containsEntry("kode_wilayah", "19.01"));
		QueryResult text = t.datastore.search(r.table(), new Query(null, null, "KOTA", null, null, false, 10, 0, true));
		assertThat(text.total()).isEqualTo(1);
		QueryResult distinct = t.datastore.search(r.table(), new Query(null, null, null, List.of("tahun"), List.of("tahun"),
				true, 10, 0, true));
		assertThat(distinct.records()).containsExactly(Map.of("tahun", 2024L));
		QueryResult sums = t.datastore.aggregate(r.table(), new Aggregation(List.of("tahun"),
				List.of(new Aggregation.Metric(Aggregation.Function.SUM, "laki_laki"),
						new Aggregation.Metric(Aggregation.Function.COUNT, null)), null, 10));
		assertThat(sums.records()).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("sum_laki_laki", 383559L).containsEntry("count", 3L));
	}

	@Test
	void badQueriesAreRefusedNotRun() {
		ImportResult r = t.datastore.importTable(t.file("good.csv", GOOD), PENDUDUK, ImportOptions.defaults());
		assertThatThrownBy(() -> t.datastore.search(r.table(), new Query(Map.of("tahun; DROP TABLE x", List.of("1")), null,
				null, null, null, false, 10, 0, false))).isInstanceOf(DatastoreException.class)
			.hasMessage("datastore.galat.kolomTidakAda");
		assertThatThrownBy(() -> t.datastore.search(r.table(), new Query(Map.of("tahun", List.of("dua ribu")), null, null,
				null, null, false, 10, 0, false))).hasMessage("datastore.galat.nilaiFilter");
		assertThatThrownBy(() -> t.datastore.search(r.table(), new Query(null, null, null, List.of("tahun; SELECT 1"),
				null, false, 10, 0, false))).hasMessage("datastore.galat.urutan");
		assertThatThrownBy(() -> t.datastore.search(r.table(), new Query(null, null, null, List.of("nama_kolom_palsu"),
				null, false, 10, 0, false))).hasMessage("datastore.galat.kolomTidakAda");
		assertThatThrownBy(() -> t.datastore.search(r.table(), new Query(null, null, null, List.of("tahun sideways"),
				null, false, 10, 0, false))).hasMessage("datastore.galat.urutan");
		assertThatThrownBy(() -> t.datastore.search(r.table(), Query.all(100_000))).hasMessage("datastore.galat.limit");
		// a filter value is a value, never SQL
		QueryResult none = t.datastore.search(r.table(), new Query(Map.of("kode_wilayah", List.of("19.01' OR '1'='1")),
				null, null, null, null, false, 10, 0, true));
		assertThat(none.total()).isZero();
	}

	@Test
	void everyBadValueIsReportedWithItsLineColumnAndRuleAndNothingIsStored() throws Exception {
		String csv = """
				kode_wilayah,tahun,laki_laki,perempuan,rasio,keterangan
				19.01,2024,171.245,165.009,"103,78","catatan
				dua baris"

				19.99,2024,97.313,93.120,"104,5",
				19.71,dua ribu,115.001,-5,"101,35",
				19.71,2024,115.001,,"101,35",
				19.01,2024,1.000,1.000,"1,0",
				19.04,2024,9,9
				19.05,1999,"12,5",1.000,abc,
				""";
		long filesBefore = countFiles();
		ImportResult r = t.datastore.importTable(t.file("bad.csv", csv), PENDUDUK, ImportOptions.defaults());
		assertThat(r.ok()).isFalse();
		assertThat(r.table()).isNull();
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::rule).containsExactly(
				tuple(5L, "kode_wilayah", "kodeReferensi"),
				tuple(6L, "perempuan", "rentang"),
				tuple(6L, "tahun", "tipe"),
				tuple(7L, "perempuan", "wajib"),
				tuple(8L, "kode_wilayah, tahun", "kunci"),
				tuple(9L, null, "struktur"),
				tuple(10L, "laki_laki", "tipe"),
				tuple(10L, "rasio", "tipe"),
				tuple(10L, "tahun", "rentang"));
		ImportIssue duplicate = r.issues().stream().filter(i -> i.rule().equals("kunci")).findFirst().orElseThrow();
		assertThat(duplicate.args()).containsExactly("kode_wilayah, tahun", 2L);
		assertThat(r.errorCount()).isEqualTo(9);
		assertThat(r.issueCounts()).containsEntry("tipe/GALAT", 3L).containsEntry("struktur/GALAT", 1L);
		assertThat(countFiles()).isEqualTo(filesBefore);
	}

	@Test
	void headersMustMatchTheSchemaByNameOrLabelInAnyOrder() {
		String reordered = "Keterangan,Rasio Jenis Kelamin,perempuan,laki_laki,tahun,kode_wilayah\n,\"103,7\",1,2,2024,19.01\n";
		ImportResult ok = t.datastore.importTable(t.file("r.csv", reordered), PENDUDUK, ImportOptions.defaults());
		assertThat(ok.ok()).isTrue();
		assertThat(t.datastore.search(ok.table(), Query.all(1)).records().get(0)).containsEntry("rasio", 103.7)
			.containsEntry("perempuan", 1L);

		ImportResult bad = t.datastore.importTable(t.file("h.csv", "kode_wilayah,tahun,laki,perempuan,rasio,ket,ket\n"),
				PENDUDUK, ImportOptions.defaults());
		assertThat(bad.issues()).extracting(ImportIssue::rule).containsOnly("header");
		assertThat(bad.issues()).extracting(ImportIssue::messageKey).contains("datastore.galat.kolomTidakDikenal",
				"datastore.galat.kolomHilang");

		ImportResult mapped = t.datastore.importTable(t.file("m.csv", "kode_wilayah,tahun,laki,perempuan,rasio,ket\n19.01,2024,1,2,,\n"),
				PENDUDUK, new ImportOptions(null, Map.of("laki", "laki_laki", "ket", "keterangan"), 0));
		assertThat(mapped.ok()).isTrue();
	}

	@Test
	void windows1252TextIsReadRight() {
		byte[] cp1252 = "kode_wilayah,tahun,laki_laki,perempuan,rasio,keterangan\n19.01,2024,1,1,1,Caf\u00e9 \u2013 pusat\n"
			.getBytes(Charset.forName("windows-1252"));
		Path file = dir.resolve("w.csv");
		try {
			Files.write(file, cp1252);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		ImportResult r = t.datastore.importTable(file, PENDUDUK, ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.file().encoding()).isEqualTo("windows-1252");
		assertThat(t.datastore.search(r.table(), Query.all(1)).records().get(0)).containsEntry("keterangan",
				"Caf\u00e9 \u2013 pusat");
	}

	@Test
	void emptyFilesAndHeaderOnlyFilesAreRefused() {
		assertThatThrownBy(() -> t.datastore.importTable(t.file("e.csv", ""), PENDUDUK, ImportOptions.defaults()))
			.isInstanceOf(TabularFileException.class);
		ImportResult headerOnly = t.datastore.importTable(
				t.file("h.csv", "kode_wilayah,tahun,laki_laki,perempuan,rasio,keterangan\n"), PENDUDUK, ImportOptions.defaults());
		assertThat(headerOnly.issues()).extracting(ImportIssue::messageKey).containsExactly("datastore.galat.tanpaData");
	}

	@Test
	void xlsxRowsKeepTheirSpreadsheetNumbers() throws Exception {
		Path file = dir.resolve("d.xlsx");
		List<ColumnSpec> schema = List.of(ColumnSpec.of("kode", "Kode", ColumnType.KODE),
				new ColumnSpec("tanggal", "Tanggal", ColumnType.TANGGAL, null, null, true, null, null, null, null, false),
				ColumnSpec.of("nilai", "Nilai", ColumnType.DESIMAL));
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("Data");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row h = sheet.createRow(0);
			h.createCell(0).setCellValue("kode");
			h.createCell(1).setCellValue("tanggal");
			h.createCell(2).setCellValue("nilai");
			Row a = sheet.createRow(1);
			a.createCell(0).setCellValue("A");
			a.createCell(1).setCellValue(LocalDate.of(2024, 1, 31));
			a.getCell(1).setCellStyle(date);
			a.createCell(2).setCellFormula("1.5*2");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Row b = sheet.createRow(4); // rows 3 and 4 of the sheet are blank
			b.createCell(0).setCellValue("B");
			b.createCell(2).setCellValue(7);
			wb.write(out);
		}
		ImportResult r = t.datastore.importTable(file, schema, ImportOptions.defaults());
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::rule)
			.containsExactly(tuple(5L, "tanggal", "wajib"));
		assertThat(r.file().format()).isEqualTo("XLSX");
	}

	@Test
	void exportsStreamEveryFormatAndNeutralizeFormulas() throws Exception {
		ImportResult r = t.datastore.importTable(t.file("good.csv", GOOD), PENDUDUK, ImportOptions.defaults());
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		t.datastore.export(r.table(), null, ExportFormat.CSV, csv);
		String text = csv.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFkode_wilayah,tahun,laki_laki,perempuan,rasio,keterangan");
		assertThat(text).contains("19.02,2024,97313,93120,104.5,'=SUM(A1)");
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		t.datastore.export(r.table(), new Query(Map.of("kode_wilayah", List.of("19.71")), null, null, null, null, false, 0,
				0, false), ExportFormat.JSON, json);
		assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"kode_wilayah\":\"19.71\"").doesNotContain("19.01");
		ByteArrayOutputStream parquet = new ByteArrayOutputStream();
		t.datastore.export(r.table(), null, ExportFormat.PARQUET, parquet);
		assertThat(new String(parquet.toByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		t.datastore.export(r.table(), null, ExportFormat.XLSX, xlsx);
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
			assertThat(wb.getSheetAt(0).getRow(2).getCell(5).getStringCellValue()).isEqualTo("'=SUM(A1)");
			assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(171245);
		}
	}

	@Test
	void inferenceProposesTypesFormatsAndRegionCodes() {
		InferredSchema s = t.datastore.infer(t.file("i.csv", """
				Kode Wilayah,Nama,Tahun,Jumlah Penduduk,Luas (km2),Tanggal Rilis,Kode Pos,Aktif
				19.01,Bangka,2024,"336.254","2.950,68",2025-01-31,033172,ya
				19.71,Pangkal Pinang,2024,"228.473","118,41",2025-01-31,033115,tidak
				"""), ImportOptions.defaults());
		assertThat(s.columns()).extracting(ColumnSpec::name, ColumnSpec::type, ColumnSpec::numberFormat, ColumnSpec::codeList)
			.containsExactly(tuple("kode_wilayah", ColumnType.KODE, NumberFormat.STANDAR, "wilayah"),
					tuple("nama", ColumnType.TEKS, NumberFormat.STANDAR, null),
					tuple("tahun", ColumnType.BILANGAN_BULAT, NumberFormat.STANDAR, null),
					tuple("jumlah_penduduk", ColumnType.BILANGAN_BULAT, NumberFormat.INDONESIA, null),
					tuple("luas_km2", ColumnType.DESIMAL, NumberFormat.INDONESIA, null),
					tuple("tanggal_rilis", ColumnType.TANGGAL, NumberFormat.STANDAR, null),
					tuple("kode_pos", ColumnType.KODE, NumberFormat.STANDAR, null),
					tuple("aktif", ColumnType.YA_TIDAK, NumberFormat.STANDAR, null));
		assertThat(s.columns().get(4).label()).isEqualTo("Luas (km2)");
		assertThat(s.rows()).isEqualTo(2);
	}

	private long countFiles() throws java.io.IOException {
		Path files = dir.resolve("files");
		if (!Files.exists(files)) {
			return 0;
		}
		try (var walk = Files.walk(files)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	// a large CSV's schema is inferred from its head: the same columns, types and sample rows as
	// from the whole file, also when the head ends inside a quoted field

	@Test
	void largeFileInferredFromItsHeadAsFromTheWholeFile() throws Exception {
		Path csv = write("besar.csv", 60_000, false);
		InferredSchema s = t.inference.infer(csv, ImportOptions.defaults());
		assertThat(s.columns()).extracting(ColumnSpec::name).containsExactly("nama", "jumlah", "rasio", "tanggal");
		assertThat(s.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.TEKS, ColumnType.BILANGAN_BULAT,
				ColumnType.DESIMAL, ColumnType.TANGGAL);
		assertThat(s.rows()).isEqualTo(SchemaInference.SAMPLE_ROWS);
		assertThat(leftoverScratchFiles()).isZero();
	}

	@Test
	void headEndingInsideAQuotedFieldStillGivesTheTypes() throws Exception {
		Path csv = write("kutip.csv", 30_000, true);
		InferredSchema s = t.inference.infer(csv, ImportOptions.defaults());
		assertThat(s.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.TEKS, ColumnType.BILANGAN_BULAT,
				ColumnType.DESIMAL, ColumnType.TANGGAL);
		assertThat(leftoverScratchFiles()).isZero();
	}

	@Test
	void smallFileIsReadWhole() throws Exception {
		Path csv = write("kecil.csv", 500, false);
		assertThat(t.inference.infer(csv, ImportOptions.defaults()).rows()).isEqualTo(500);
	}

	/** Rows of name, whole number, decimal, date; with {@code quoted}, the head's last line opens a field of 300 lines. */
	private Path write(String name, int rows, boolean quoted) throws Exception {
		Path csv = dir.resolve(name);
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("nama,jumlah,rasio,tanggal\n");
			for (int i = 0; i < rows; i++) {
				String nama = "Desa " + i;
				if (quoted && i == 2 * SchemaInference.SAMPLE_ROWS + 98) {
					nama = "\"Desa\n" + "baris\n".repeat(300) + "akhir\"";
				}
				w.write(nama + "," + i + "," + (i % 100) + ".5,2024-01-" + (10 + i % 18) + "\n");
			}
		}
		return csv;
	}

	private long leftoverScratchFiles() throws Exception {
		try (var files = Files.walk(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith("work-")).count();
		}
	}

}
