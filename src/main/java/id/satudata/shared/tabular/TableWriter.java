package id.satudata.shared.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Streams a table out as CSV (UTF-8 with BOM, so Excel opens it right) or XLSX. Text cells are
 * neutralized against formula injection; numbers are written as numbers.
 */
public abstract sealed class TableWriter implements Closeable {

	public static TableWriter csv(OutputStream out) {
		return new Csv(out);
	}

	public static TableWriter xlsx(OutputStream out, String sheetName) {
		return new Xlsx(out, sheetName);
	}

	public abstract void header(List<String> names);

	/** One row; {@link Number} values are written as numbers, everything else as neutralized text. */
	public abstract void row(List<?> values);

	private static final class Csv extends TableWriter {

		private final Writer writer;
		private final CsvWriter csv;

		Csv(OutputStream out) {
			try {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.csv = CsvWriter.builder().build(writer);
		}

		@Override
		public void header(List<String> names) {
			csv.writeRecord(names.stream().map(SpreadsheetSafe::text).toList());
		}

		@Override
		public void row(List<?> values) {
			String[] cells = new String[values.size()];
			for (int i = 0; i < cells.length; i++) {
				Object v = values.get(i);
				cells[i] = v == null ? "" : v instanceof Number ? v.toString() : SpreadsheetSafe.text(v.toString());
			}
			csv.writeRecord(cells);
		}

		@Override
		public void close() throws IOException {
			csv.flush();
			writer.flush();
		}

	}

	private static final class Xlsx extends TableWriter {

		private final OutputStream out;
		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		private final SXSSFSheet sheet;
		private final CellStyle headerStyle;
		private int rowIndex;

		Xlsx(OutputStream out, String sheetName) {
			this.out = out;
			this.sheet = workbook.createSheet(sheetName);
			this.headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
		}

		@Override
		public void header(List<String> names) {
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < names.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(SpreadsheetSafe.text(names.get(i)));
				cell.setCellStyle(headerStyle);
			}
			sheet.createFreezePane(0, 1);
		}

		@Override
		public void row(List<?> values) {
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < values.size(); i++) {
				Object v = values.get(i);
				if (v == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (v instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else if (v instanceof Boolean b) {
					cell.setCellValue(b);
				}
				else {
					cell.setCellValue(SpreadsheetSafe.text(v.toString()));
				}
			}
		}

		@Override
		public void close() throws IOException {
			try {
				workbook.write(out);
				out.flush();
			}
			finally {
				workbook.close();
			}
		}

	}

}
