package id.satudata.datastore;

import java.util.List;

/**
 * A group-by aggregation for charts.
 *
 * @param groupBy the columns to group by
 * @param metrics what to compute
 * @param filter which rows take part (its sort, limit and fields are ignored)
 * @param limit at most this many groups
 */
public record Aggregation(List<String> groupBy, List<Metric> metrics, Query filter, int limit) {

	public enum Function {
		COUNT, SUM, AVG, MIN, MAX
	}

	/** {@code function(column)}; COUNT needs no column. */
	public record Metric(Function function, String column) {

		public String alias() {
			return function.name().toLowerCase(java.util.Locale.ROOT) + (column == null ? "" : "_" + column);
		}

	}

}
