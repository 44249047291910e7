package id.satudata.datastore;

import java.util.List;

import id.satudata.shared.tabular.TableShaper;

/**
 * How an uploaded file was understood.
 *
 * @param format CSV or XLSX
 * @param encoding text encoding (CSV)
 * @param delimiter field separator (CSV)
 * @param sheet the sheet read (XLSX)
 * @param headers the header row as written
 * @param notes message keys of observations (hidden sheets, merged cells, formulas)
 * @param headerRow the row the header starts on (1 unless a title block sits above it)
 * @param headerRows how many rows the header has (a merged header flattened into one name per column)
 * @param excluded rows of the file that are not data: title, total, footnote, another table; each with why
 * @param footnotes the footnotes as written ("Sumber: BPS ..."), kept as notes of the release
 * @param tables the tables found on the sheet (more than one: another can be chosen)
 */
public record FileInfo(String format, String encoding, Character delimiter, String sheet, List<String> headers,
		List<String> notes, long headerRow, int headerRows, List<TableShaper.Excluded> excluded, List<String> footnotes,
		List<TableShaper.Table> tables) {

	public FileInfo {
		headers = List.copyOf(headers);
		notes = List.copyOf(notes);
		excluded = excluded == null ? List.of() : List.copyOf(excluded);
		footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
		tables = tables == null ? List.of() : List.copyOf(tables);
	}

	public FileInfo(String format, String encoding, Character delimiter, String sheet, List<String> headers,
			List<String> notes) {
		this(format, encoding, delimiter, sheet, headers, notes, 1, 1, List.of(), List.of(), List.of());
	}

	/** The excluded rows of one kind. */
	public List<TableShaper.Excluded> excluded(TableShaper.Kind kind) {
		return excluded.stream().filter(e -> e.kind() == kind).toList();
	}

}
