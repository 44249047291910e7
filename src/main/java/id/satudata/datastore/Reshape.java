package id.satudata.datastore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table turned from wide to long or back before it is checked, as the user confirmed it; a small value
 * kept with an upload's choices (and in an import profile) and applied to the next file of the same form.
 *
 * <p>{@link Direction#WIDE_TO_LONG}: periods or categories written as columns ("2021 | 2022 | 2023",
 * "Laki-laki | Perempuan") become rows of a long schema: each listed file column gives one row per file
 * row, its category value in {@code category} and its cell in {@code value}; the other file columns are
 * repeated. {@link Direction#LONG_TO_WIDE}: the reverse, rows grouped on the other file columns, each
 * category value's cell going to its schema column.
 *
 * @param direction which way
 * @param category WIDE_TO_LONG: the schema column receiving the period or category (e.g. {@code tahun});
 *        LONG_TO_WIDE: the file column holding it
 * @param value WIDE_TO_LONG: the schema column receiving the cells (e.g. {@code nilai}); LONG_TO_WIDE: the
 *        file column holding them
 * @param columns WIDE_TO_LONG: file column → its category value ("Jumlah Penduduk Laki-laki" → "L");
 *        LONG_TO_WIDE: category value as written → schema column ("Laki-laki" → {@code laki_laki})
 * @param dropped WIDE_TO_LONG: file columns left out (a "Jumlah" column over the categories);
 *        LONG_TO_WIDE: category values whose rows are left out
 */
public record Reshape(Direction direction, String category, String value, Map<String, String> columns,
		List<String> dropped) {

	public enum Direction {
		WIDE_TO_LONG, LONG_TO_WIDE
	}

	public Reshape {
		if (direction == null || category == null || category.isBlank() || value == null || value.isBlank()) {
			throw new IllegalArgumentException("A reshape needs a direction, a category and a value column");
		}
		columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		dropped = dropped == null ? List.of() : List.copyOf(dropped);
		if (columns.size() < 2) {
			throw new IllegalArgumentException("A reshape needs at least two columns");
		}
	}

	/** The rule of the findings that propose a reshape ({@code bentukTabel}). */
	public static final String RULE = "bentukTabel";

	/**
	 * The proposal's findings, as an import reports them and a page reads them back: one summary
	 * (column {@code null}, value {@code DIRECTION|category|value}) and one per entry of {@code columns}
	 * (column: the key, value: its target) and of {@code dropped} (value {@code null}).
	 */
	public List<ImportIssue> asIssues(String categoryLabel, String valueLabel) {
		List<ImportIssue> out = new java.util.ArrayList<>();
		String key = direction == Direction.WIDE_TO_LONG ? "datastore.galat.bentukLebar" : "datastore.galat.bentukPanjang";
		out.add(ImportIssue.error(1, null, direction.name() + "|" + category + "|" + value, RULE, key,
				String.join(", ", columns.keySet()), categoryLabel, valueLabel));
		columns.forEach((k, v) -> out.add(ImportIssue.error(1, k, v, RULE, "datastore.galat.bentukKolom", k, v)));
		dropped.forEach(k -> out.add(ImportIssue.error(1, k, null, RULE, "datastore.galat.bentukDibuang", k)));
		return out;
	}

	/**
	 * The proposal read back from its findings ({@code column}, {@code value} pairs in report order,
	 * {@link #asIssues}); {@code null} when they hold none.
	 */
	public static Reshape fromIssues(List<String[]> columnAndValue) {
		Direction direction = null;
		String category = null;
		String value = null;
		Map<String, String> columns = new LinkedHashMap<>();
		List<String> dropped = new java.util.ArrayList<>();
		for (String[] cv : columnAndValue) {
			if (cv[0] == null || cv[0].isEmpty()) {
				String[] parts = cv[1] == null ? new String[0] : cv[1].split("\\|", -1);
				if (parts.length == 3) {
					try {
						direction = Direction.valueOf(parts[0]);
					}
					catch (IllegalArgumentException e) {
						return null;
					}
					category = parts[1];
					value = parts[2];
				}
			}
			else if (cv[1] == null) {
				dropped.add(cv[0]);
			}
			else {
				columns.put(cv[0], cv[1]);
			}
		}
		if (direction == null || columns.size() < 2) {
			return null;
		}
		return new Reshape(direction, category, value, columns, dropped);
	}

}
