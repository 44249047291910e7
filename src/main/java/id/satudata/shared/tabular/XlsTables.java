package id.satudata.shared.tabular;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a sheet of an older Excel workbook (.xls, BIFF8) through Apache POI's HSSF, which agencies'
 * reporting software still exports. Like {@link XlsxTables}: dates as ISO dates, numbers as plain
 * decimals, formulas as their cached values. An .xls holds at most 65,536 rows, so it is read whole.
 */
final class XlsTables {

	private XlsTables() {
	}

	static List<String> sheetNames(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
					names.add(wb.getSheetName(i));
				}
			}
			return names;
		}
		catch (RuntimeException e) {
			throw new TabularFileException("tabular.galat.xlsLama");
		}
	}

	static ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
		HSSFWorkbook wb;
		POIFSFileSystem fs;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
			wb = new HSSFWorkbook(fs);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof TabularFileException t) {
				throw t;
			}
			throw new TabularFileException("tabular.galat.xlsLama");
		}
		try (fs; wb) {
			List<String> notes = new ArrayList<>();
			Sheet sheet = choose(wb, options.sheet());
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
					notes.add("tabular.catatan.sheetTersembunyi");
					break;
				}
			}
			if (sheet.getNumMergedRegions() > 0) {
				notes.add("tabular.catatan.selGabung");
			}
			boolean headerSeen = false;
			long rows = 0;
			for (Row row : sheet) {
				String[] values = values(row);
				if (values.length == 0) {
					continue;
				}
				if (!headerSeen) {
					headerSeen = true;
					handler.headerRow(row.getRowNum() + 1L);
					handler.header(CsvTables.cleanHeader(Arrays.asList(values)));
					continue;
				}
				rows++;
				if (options.maxRows() > 0 && rows > options.maxRows()) {
					throw new TabularFileException("tabular.galat.terlaluBanyakBaris", options.maxRows());
				}
				handler.row(row.getRowNum() + 1L, values);
			}
			if (!headerSeen) {
				throw new TabularFileException("tabular.galat.kosong");
			}
			return new ReadSummary(ReadSummary.Format.XLS, null, null, false, sheet.getSheetName(), rows, notes);
		}
	}

	private static Sheet choose(HSSFWorkbook wb, String wanted) {
		if (wanted != null && !wanted.isBlank()) {
			Sheet s = wb.getSheet(wanted);
			if (s == null) {
				throw new TabularFileException("tabular.galat.sheetTidakAda", wanted);
			}
			return s;
		}
		for (int i = 0; i < wb.getNumberOfSheets(); i++) {
			if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
				return wb.getSheetAt(i);
			}
		}
		throw new TabularFileException("tabular.galat.kosong");
	}

	/** The row's cells as text, up to its last non-blank one. */
	private static String[] values(Row row) {
		int lastCell = row.getLastCellNum();
		List<String> out = new ArrayList<>(Math.max(0, lastCell));
		for (int c = 0; c < lastCell; c++) {
			Cell cell = row.getCell(c);
			out.add(cell == null ? "" : text(cell, cell.getCellType()));
		}
		int last = out.size() - 1;
		while (last >= 0 && out.get(last).isBlank()) {
			last--;
		}
		return out.subList(0, last + 1).toArray(String[]::new);
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case NUMERIC -> {
				double v = cell.getNumericCellValue();
				if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
					LocalDateTime t = cell.getLocalDateTimeCellValue();
					yield t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
				}
				yield BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
			}
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			default -> "";
		};
	}

}
