package id.satudata.datastore;

import java.util.List;
import java.util.Optional;

/**
 * A stored table: the file holding its rows (immutable once written) and its schema.
 *
 * @param storageKey the file store key of its Parquet file
 * @param columns its columns, in order
 * @param rows the number of rows
 */
public record TableRef(String storageKey, List<ColumnSpec> columns, long rows) {

	public TableRef {
		columns = List.copyOf(columns);
	}

	public Optional<ColumnSpec> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

}
