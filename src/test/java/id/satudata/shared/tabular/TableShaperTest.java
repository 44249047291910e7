package id.satudata.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the table in the files agencies really send: a title block, a merged two-row header,
 * kecamatan names, numbers typed as text, a "Jumlah" row and a "Sumber:" footnote; in XLSX, in an
 * old XLS and in CSV; and two tables on one sheet.
 */
class TableShaperTest {

	@TempDir
	Path dir;

	/** What the clean table looks like. */
	record Taken(List<String> header, List<Long> rows, List<List<String>> values) {
	}

	Taken read(Path file, TableShaper[] out, int table) {
		return read(file, out, table, TableShaper.Choices.NONE);
	}

	Taken read(Path file, TableShaper[] out, int table, TableShaper.Choices choices) {
		List<String> header = new ArrayList<>();
		List<Long> rows = new ArrayList<>();
		List<List<String>> values = new ArrayList<>();
		TableShaper shaper = new TableShaper(new RowHandler() {
			@Override
			public void header(List<String> names) {
				header.addAll(names);
			}

			@Override
			public void row(long rowNumber, String[] v) {
				rows.add(rowNumber);
				values.add(List.of(v));
			}
		}, table, choices);
		TabularFiles.read(file, ReadOptions.detect(), shaper);
		shaper.finish();
		out[0] = shaper;
		return new Taken(header, rows, values);
	}

	/** The OPD's report: rows 1-3 title, 4 blank, 5-6 header (merged), 7-11 data, 12 Jumlah, 14 Sumber. */
	static void laporanOpd(Workbook wb) {
		Sheet s = wb.createSheet("Penduduk");
		set(s, 0, 0, "JUMLAH PENDUDUK MENURUT KECAMATAN DAN JENIS KELAMIN");
		set(s, 1, 0, "KOTA PANGKAL PINANG");
		set(s, 2, 0, "TAHUN 2024");
		set(s, 4, 0, "No", "Kecamatan", "Jumlah Penduduk", "", "", "", "Ket.");
		set(s, 5, 0, "", "", "Laki-laki", "Perempuan", "Jumlah");
		s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
		s.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
		s.addMergedRegion(new CellRangeAddress(4, 4, 2, 4));
		s.addMergedRegion(new CellRangeAddress(4, 5, 6, 6));
		set(s, 6, 0, "1", "Bukit Intan", "18.400", "17.900", "36.300");
		set(s, 7, 0, "2", "Taman Sari", "-", "6.120", "6.120", "", "*)");
		set(s, 8, 0, "3", "Pangkal Balam", "12.001", "11.870", "23.871");
		set(s, 9, 0, "4", "Rangkui", "21.333", "20.999", "42.332");
		set(s, 10, 0, "5", "Gerunggang", "19.870", "19.640", "39.510");
		set(s, 11, 0, "", "Jumlah", "71.604", "76.529", "148.133");
		set(s, 13, 0, "Sumber: BPS Kota Pangkal Pinang");
		set(s, 14, 0, "*) angka sementara");
	}

	static void set(Sheet s, int row, int col, String... values) {
		Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
		for (int i = 0; i < values.length; i++) {
			if (!values[i].isEmpty()) {
				r.createCell(col + i).setCellValue(values[i]);
			}
		}
	}

	Path save(Workbook wb, String name) throws IOException {
		Path file = dir.resolve(name);
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
		return file;
	}

	void assertKecamatanTable(Taken t, TableShaper s) {
		assertThat(t.header()).containsExactly("No", "Kecamatan", "Jumlah Penduduk Laki-laki",
				"Jumlah Penduduk Perempuan", "Jumlah Penduduk Jumlah", "Ket.");
		assertThat(t.rows()).containsExactly(7L, 8L, 9L, 10L, 11L);
		assertThat(t.values().get(0)).containsExactly("1", "Bukit Intan", "18.400", "17.900", "36.300", "");
		assertThat(t.values().get(1)).containsExactly("2", "Taman Sari", "-", "6.120", "6.120", "*)");
		assertThat(s.headerRowNumber()).isEqualTo(5);
		assertThat(s.headerRowCount()).isEqualTo(2);
		assertThat(s.excluded()).extracting(TableShaper.Excluded::row, TableShaper.Excluded::kind)
			.containsExactly(tuple(1L, TableShaper.Kind.JUDUL), tuple(2L, TableShaper.Kind.JUDUL),
					tuple(3L, TableShaper.Kind.JUDUL), tuple(12L, TableShaper.Kind.JUMLAH),
					tuple(14L, TableShaper.Kind.CATATAN), tuple(15L, TableShaper.Kind.CATATAN));
		assertThat(s.excluded(/* the total keeps its numbers for the sum check */).get(3).values())
			.containsExactly("", "Jumlah", "71.604", "76.529", "148.133", "");
		assertThat(s.notes()).containsExactly("Sumber: BPS Kota Pangkal Pinang", "*) angka sementara");
		assertThat(s.shaped()).isTrue();
		assertThat(s.tables()).hasSize(1);
	}

	@Test
	void anXlsxReportWithTitleMergedHeaderTotalAndFootnote() throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		laporanOpd(wb);
		TableShaper[] s = new TableShaper[1];
		Taken t = read(save(wb, "laporan.xlsx"), s, 1);
		assertKecamatanTable(t, s[0]);
	}

	@Test
	void theUsersChoicesMoveTheHeaderAndLeaveOutOrTakeRowsByTheirLabel() throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		laporanOpd(wb);
		Path file = save(wb, "pilihan.xlsx");
		TableShaper[] s = new TableShaper[1];
		// the header is the lower row only; Rangkui is left out; the total row is taken as data
		Taken t = read(file, s, 1, new TableShaper.Choices(6, 1, java.util.Set.of("  RANGKUI "), java.util.Set.of("Jumlah")));
		assertThat(s[0].headerRowNumber()).isEqualTo(6);
		assertThat(s[0].headerRowCount()).isEqualTo(1);
		assertThat(t.header()).contains("Laki-laki", "Perempuan", "Jumlah").doesNotContain("Jumlah Penduduk Laki-laki");
		assertThat(t.rows()).containsExactly(7L, 8L, 9L, 11L, 12L);
		assertThat(s[0].excluded()).extracting(TableShaper.Excluded::row, TableShaper.Excluded::kind)
			.contains(tuple(5L, TableShaper.Kind.JUDUL), tuple(10L, TableShaper.Kind.DIKECUALIKAN),
					tuple(14L, TableShaper.Kind.CATATAN))
			.doesNotContain(tuple(12L, TableShaper.Kind.JUMLAH));
		// a header row number not among the first rows read: found as without the choice
		Taken found = read(file, s, 1, new TableShaper.Choices(99, 0, java.util.Set.of(), java.util.Set.of()));
		assertKecamatanTable(found, s[0]);
	}

	@Test
	void anOldXlsWorkbookIsReadThroughHssf() throws IOException {
		HSSFWorkbook wb = new HSSFWorkbook();
		laporanOpd(wb);
		Path file = save(wb, "laporan.xls");
		assertThat(TabularFiles.sniff(file)).isEqualTo(ReadSummary.Format.XLS);
		assertThat(TabularFiles.sheetNames(file)).containsExactly("Penduduk");
		TableShaper[] s = new TableShaper[1];
		Taken t = read(file, s, 1);
		assertKecamatanTable(t, s[0]);
	}

	@Test
	void aCsvWithTheSameLayout() throws IOException {
		String csv = """
				JUMLAH PENDUDUK MENURUT KECAMATAN DAN JENIS KELAMIN;;;;;;
				KOTA PANGKAL PINANG;;;;;;
				TAHUN 2024;;;;;;
				;;;;;;
				No;Kecamatan;Jumlah Penduduk;;;;Ket.
				;;Laki-laki;Perempuan;Jumlah;;
				1;Bukit Intan;18.400;17.900;36.300;;
				2;Taman Sari;-;6.120;6.120;;*)
				3;Pangkal Balam;12.001;11.870;23.871;;
				4;Rangkui;21.333;20.999;42.332;;
				5;Gerunggang;19.870;19.640;39.510;;
				;Jumlah;71.604;76.529;148.133;;
				;;;;;;
				Sumber: BPS Kota Pangkal Pinang;;;;;;
				*) angka sementara;;;;;;
				""";
		Path file = Files.writeString(dir.resolve("laporan.csv"), csv, StandardCharsets.UTF_8);
		TableShaper[] s = new TableShaper[1];
		Taken t = read(file, s, 1);
		assertKecamatanTable(t, s[0]);
	}

	@Test
	void aPlainTablePassesUnchanged() throws IOException {
		Path file = Files.writeString(dir.resolve("biasa.csv"), "kode_wilayah,tahun,jumlah\n19.01,2024,10\n19.02,2024\n",
				StandardCharsets.UTF_8);
		TableShaper[] s = new TableShaper[1];
		Taken t = read(file, s, 1);
		assertThat(t.header()).containsExactly("kode_wilayah", "tahun", "jumlah");
		assertThat(t.values()).containsExactly(List.of("19.01", "2024", "10"), List.of("19.02", "2024"));
		assertThat(s[0].shaped()).isFalse();
		assertThat(s[0].excluded()).isEmpty();
	}

	@Test
	void twoTablesOnOneSheetTheUserPicksEither() throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet sh = wb.createSheet("Dua");
		set(sh, 0, 0, "Tabel 1. Penduduk");
		set(sh, 1, 0, "Kecamatan", "Laki-laki", "Perempuan");
		set(sh, 2, 0, "Bukit Intan", "18400", "17900");
		set(sh, 3, 0, "Taman Sari", "6000", "6120");
		set(sh, 6, 0, "Tabel 2. Luas Wilayah");
		set(sh, 7, 0, "Kecamatan", "Luas (km2)", "Desa/Kelurahan");
		set(sh, 8, 0, "Bukit Intan", "12,5", "7");
		set(sh, 9, 0, "Taman Sari", "4,2", "5");
		set(sh, 10, 0, "Rangkui", "5,1", "8");
		Path file = save(wb, "dua.xlsx");

		TableShaper[] s = new TableShaper[1];
		Taken first = read(file, s, 1);
		assertThat(first.header()).containsExactly("Kecamatan", "Laki-laki", "Perempuan");
		assertThat(first.rows()).containsExactly(3L, 4L);
		assertThat(s[0].tables()).extracting(TableShaper.Table::number, TableShaper.Table::row)
			.containsExactly(tuple(1, 1L), tuple(2, 7L));
		assertThat(s[0].excluded(TableShaper.Kind.TABEL_LAIN)).extracting(TableShaper.Excluded::row)
			.containsExactly(7L, 8L, 9L, 10L, 11L);

		Taken second = read(file, s, 2);
		assertThat(second.header()).containsExactly("Kecamatan", "Luas (km2)", "Desa/Kelurahan");
		assertThat(second.rows()).containsExactly(9L, 10L, 11L);
		assertThat(second.values().get(0)).containsExactly("Bukit Intan", "12,5", "7");
		assertThatThrownBy(() -> read(file, s, 3)).hasMessage("tabular.galat.tabelTidakAda");
	}

}
