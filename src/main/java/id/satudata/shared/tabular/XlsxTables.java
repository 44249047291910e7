package id.satudata.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an XLSX sheet through Apache POI's event API with its hardened XML parsers (no DTDs, no
 * external entities) and its zip-bomb guards on. Dates come out as ISO dates, numbers as plain
 * decimals, formulas as their cached values.
 */
final class XlsxTables {

	static {
		// POI's defaults already refuse highly compressed entries; bound the size of one entry too
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(1L << 30);
	}

	/** A sheet of the workbook and whether it is hidden. */
	record Sheet(String name, String relationId, boolean hidden) {
	}

	private XlsxTables() {
	}

	static List<Sheet> sheets(Path file) throws IOException {
		try (OPCPackage pkg = open(file)) {
			return sheets(new XSSFReader(pkg));
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException e) {
			throw invalid(e);
		}
	}

	static ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
		try (OPCPackage pkg = open(file)) {
			XSSFReader reader = new XSSFReader(pkg);
			List<Sheet> sheets = sheets(reader);
			Sheet sheet = choose(sheets, options.sheet());
			List<String> notes = new ArrayList<>();
			if (sheets.stream().anyMatch(Sheet::hidden)) {
				notes.add("tabular.catatan.sheetTersembunyi");
			}
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Collector collector = new Collector(handler, options.maxRows());
			try (InputStream sheetData = reader.getSheet(sheet.relationId())) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new MergeAwareHandler(
						new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainDataFormatter(), false),
						collector));
				parser.parse(new InputSource(sheetData));
			}
			if (!collector.headerSeen) {
				throw new TabularFileException("tabular.galat.kosong");
			}
			if (collector.merged) {
				notes.add("tabular.catatan.selGabung");
			}
			return new ReadSummary(ReadSummary.Format.XLSX, null, null, false, sheet.name(), collector.rows, notes);
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException e) {
			if (e.getCause() instanceof TabularFileException t) {
				throw t;
			}
			throw invalid(e);
		}
	}

	private static OPCPackage open(Path file) {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | NotOfficeXmlFileException | POIXMLException e) {
			throw invalid(e);
		}
	}

	private static TabularFileException invalid(Exception e) {
		String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("zip bomb") || message.contains("inflate ratio") || message.contains("max entry size")) {
			return new TabularFileException("tabular.galat.zipBomb");
		}
		if (message.contains("doctype") || message.contains("entity") || message.contains("dtd")) {
			return new TabularFileException("tabular.galat.xmlBerbahaya");
		}
		return new TabularFileException("tabular.galat.xlsxRusak");
	}

	private static Sheet choose(List<Sheet> sheets, String wanted) {
		if (wanted != null && !wanted.isBlank()) {
			return sheets.stream().filter(s -> s.name().equals(wanted)).findFirst()
					.orElseThrow(() -> new TabularFileException("tabular.galat.sheetTidakAda", wanted));
		}
		return sheets.stream().filter(s -> !s.hidden()).findFirst()
				.orElseThrow(() -> new TabularFileException("tabular.galat.kosong"));
	}

	private static List<Sheet> sheets(XSSFReader reader)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		List<Sheet> sheets = new ArrayList<>();
		try (InputStream workbook = reader.getWorkbookData()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("sheet".equals(localName)) {
						String state = attributes.getValue("state");
						String rid = null;
						for (int i = 0; i < attributes.getLength(); i++) {
							if ("id".equals(attributes.getLocalName(i))) {
								rid = attributes.getValue(i);
							}
						}
						sheets.add(new Sheet(attributes.getValue("name"), rid,
								"hidden".equals(state) || "veryHidden".equals(state)));
					}
				}
			});
			parser.parse(new InputSource(workbook));
		}
		if (sheets.isEmpty()) {
			throw new TabularFileException("tabular.galat.kosong");
		}
		return sheets;
	}

	/** Fills the gaps POI leaves for empty cells and passes whole rows on. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private final long maxRows;
		private final List<String> current = new ArrayList<>();
		private boolean headerSeen;
		private boolean merged;
		private long rows;

		Collector(RowHandler handler, long maxRows) {
			this.handler = handler;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			current.clear();
		}

		@Override
		public void endRow(int rowNum) {
			int last = current.size() - 1;
			while (last >= 0 && (current.get(last) == null || current.get(last).isBlank())) {
				last--;
			}
			if (last < 0) {
				return;
			}
			String[] values = new String[last + 1];
			for (int i = 0; i <= last; i++) {
				values[i] = current.get(i) == null ? "" : current.get(i);
			}
			if (!headerSeen) {
				headerSeen = true;
				handler.headerRow(rowNum + 1L);
				handler.header(CsvTables.cleanHeader(Arrays.asList(values)));
				return;
			}
			rows++;
			if (maxRows > 0 && rows > maxRows) {
				throw new TabularFileException("tabular.galat.terlaluBanyakBaris", maxRows);
			}
			handler.row(rowNum + 1L, values);
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int col = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
			while (current.size() < col) {
				current.add(null);
			}
			current.add(formattedValue);
		}

	}

	/** Notices {@code <mergeCell>} elements, which the sheet handler ignores, while delegating everything. */
	private static final class MergeAwareHandler extends DefaultHandler {

		private final XSSFSheetXMLHandler delegate;
		private final Collector collector;

		MergeAwareHandler(XSSFSheetXMLHandler delegate, Collector collector) {
			this.delegate = delegate;
			this.collector = collector;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if ("mergeCell".equals(localName)) {
				collector.merged = true;
			}
			delegate.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			delegate.endElement(uri, localName, qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			delegate.characters(ch, start, length);
		}

	}

	/** Dates as ISO text, numbers as plain decimals: what a typed import needs, whatever the cell format. */
	private static final class PlainDataFormatter extends DataFormatter {

		PlainDataFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
				return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
						: dateTime.toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
