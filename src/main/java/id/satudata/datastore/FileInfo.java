package id.satudata.datastore;

import java.util.List;

/**
 * How an uploaded file was understood.
 *
 * @param format CSV or XLSX
 * @param encoding text encoding (CSV)
 * @param delimiter field separator (CSV)
 * @param sheet the sheet read (XLSX)
 * @param headers the header row as written
 * @param notes message keys of observations (hidden sheets, merged cells, formulas)
 */
public record FileInfo(String format, String encoding, Character delimiter, String sheet, List<String> headers,
		List<String> notes) {
}
