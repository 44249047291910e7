package id.satudata.datastore;

import java.util.List;

import id.satudata.shared.tabular.TableShaper;

/**
 * The first rows of a file as they were understood: which rows are the header, data, totals, notes,
 * a title or another table, for the user to check and correct before (or after) the import.
 *
 * @param rows the rows read, in file order (at most the number asked for)
 * @param width the widest row's number of cells
 * @param headerRow the row the header starts on
 * @param headerRows how many rows the header has
 * @param headers the header as flattened (one name per column taken)
 * @param tables the tables found on the sheet
 * @param truncated whether the file has more rows than shown
 */
public record TablePreview(List<Row> rows, int width, long headerRow, int headerRows, List<String> headers,
		List<TableShaper.Table> tables, boolean truncated) {

	public TablePreview {
		rows = List.copyOf(rows);
		headers = List.copyOf(headers);
		tables = List.copyOf(tables);
	}

	/** What a row was taken as. */
	public enum Kind {
		KEPALA, DATA, JUDUL, JUMLAH, CATATAN, TABEL_LAIN, DIKECUALIKAN, ABAIKAN
	}

	/**
	 * @param number the row's number in the file
	 * @param kind what it was taken as
	 * @param cells its cells, as many as the widest row
	 * @param label its label (first cell that is not a running number), as choices name rows
	 */
	public record Row(long number, Kind kind, List<String> cells, String label) {
	}

	/** How many rows of a kind. */
	public long count(Kind kind) {
		return rows.stream().filter(r -> r.kind() == kind).count();
	}

}
