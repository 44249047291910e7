package id.satudata.datastore;

import java.util.List;
import java.util.Map;

/**
 * Rows of a query.
 *
 * @param fields the returned columns (name and type)
 * @param records the rows, column name → value ({@code _id} is the row number)
 * @param total all matching rows, or {@code null} if not asked
 */
public record QueryResult(List<Field> fields, List<Map<String, Object>> records, Long total) {

	/** A returned column. */
	public record Field(String id, ColumnType type) {
	}

}
