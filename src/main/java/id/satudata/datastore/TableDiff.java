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
 * @param largest the changed numeric cells with the largest relative change, largest first (at most the
 *        asked number of samples)
 */
public record TableDiff(List<String> keyColumns, long added, long removed, long changed, long unchanged,
		List<Row> samples, List<Change> largest) {

	public TableDiff {
		samples = List.copyOf(samples);
		largest = List.copyOf(largest);
	}

	/**
	 * One changed numeric cell.
	 *
	 * @param key the row's key values
	 * @param column the column
	 * @param before the published value
	 * @param after the new value
	 * @param relative |after - before| / |before|; {@code null} when before is 0
	 */
	public record Change(Map<String, Object> key, String column, Object before, Object after, Double relative) {

		/** The relative change as a signed percentage (12.5 for a rise of 12.5 %); {@code null} when before is 0. */
		public Double percent() {
			if (relative == null || !(before instanceof Number b) || !(after instanceof Number a)) {
				return null;
			}
			return (a.doubleValue() >= b.doubleValue() ? 1 : -1) * relative * 100;
		}
	}

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
