package id.satudata.shared.tabular;

import java.util.List;

/** Receives a table as it is read, one row at a time, so no file is ever held in memory whole. */
public interface RowHandler {

	/** Called before {@link #header(List)} when the reader knows the header's row number in the file. */
	default void headerRow(long rowNumber) {
	}

	/** The header row, trimmed. */
	void header(List<String> names);

	/**
	 * One data row.
	 *
	 * @param rowNumber the row's number as the user sees it in the file (line number in a CSV, row
	 *        number in a spreadsheet; the header is row 1)
	 * @param values the cells, as text; as many as the row has (ragged rows are the handler's to judge)
	 */
	void row(long rowNumber, String[] values);

	/**
	 * A row of the file left out of the table (a title, a total, a note...), in file order with the data
	 * rows, when a {@link TableShaper} stands in front; a total's cells are aligned with the header.
	 */
	default void leftOut(TableShaper.Excluded row) {
	}

}
