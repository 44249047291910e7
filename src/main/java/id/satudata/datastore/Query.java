package id.satudata.datastore;

import java.util.List;
import java.util.Map;

/**
 * A query on one table, in CKAN's datastore_search terms.
 *
 * @param filters column → accepted values (one value: equals; several: in)
 * @param ranges column → bounds ({@code gte}, {@code gt}, {@code lte}, {@code lt})
 * @param q text to find in any text column (case-insensitive)
 * @param sort order, e.g. {@code [tahun desc, kode_wilayah]}
 * @param fields the columns to return (empty: all)
 * @param distinct only distinct rows
 * @param limit rows to return
 * @param offset rows to skip
 * @param includeTotal count all matching rows
 */
public record Query(Map<String, List<Object>> filters, Map<String, Map<String, Object>> ranges, String q,
		List<String> sort, List<String> fields, boolean distinct, int limit, long offset, boolean includeTotal) {

	public Query {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
		ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
		sort = sort == null ? List.of() : List.copyOf(sort);
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public static Query all(int limit) {
		return new Query(Map.of(), Map.of(), null, List.of(), List.of(), false, limit, 0, true);
	}

	public Query withPage(int newLimit, long newOffset) {
		return new Query(filters, ranges, q, sort, fields, distinct, newLimit, newOffset, includeTotal);
	}

}
