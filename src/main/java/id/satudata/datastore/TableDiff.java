package id.satudata.datastore;

import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a table, matched on key columns.
 *
 * @param keyColumns the columns rows were matched on
 * @param added rows only in the new table
 * @param removed rows only in the old table
 * @param changed rows in both whose other values differ
 * @param unchanged rows in both with the same values
 * @param samples up to the asked number of rows of each kind
 */
public record TableDiff(List<String> keyColumns, long added, long removed, long changed, long unchanged,
		List<Row> samples) {

	/** The kind of a difference. */
	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/**
	 * One row that differs.
	 *
	 * @param key the key values
	 * @param before the old row's values (column → value; empty when added)
	 * @param after the new row's values (empty when removed)
	 * @param changedColumns the columns whose value differs (for CHANGED)
	 */
	public record Row(Kind kind, Map<String, Object> key, Map<String, Object> before, Map<String, Object> after,
			List<String> changedColumns) {
	}

}
