package id.satudata.shared.tabular;

import java.util.List;

/**
 * What was read and how it was understood.
 *
 * @param format CSV or XLSX
 * @param encoding the text encoding (CSV)
 * @param delimiter the field separator (CSV)
 * @param bom whether a byte-order mark was found (CSV)
 * @param sheet the sheet read (XLSX)
 * @param rows the number of data rows
 * @param notes observations worth telling the user (formulas replaced by values, merged cells, hidden sheets)
 */
public record ReadSummary(Format format, String encoding, Character delimiter, boolean bom, String sheet, long rows,
		List<String> notes) {

	public enum Format {
		CSV, XLSX, XLS
	}

}
