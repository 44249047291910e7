package id.satudata.datastore;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule over a whole table, checked with the column rules of the schema during an import. The
 * caller decides what the rule means (e.g. "a kecamatan must lie in the dataset's coverage") and
 * sends its data (the allowed codes, the expected regions); the datastore only evaluates it. Each
 * finding is an {@link ImportIssue} with {@link #rule()} as its rule, {@link #messageKey()} as its
 * explanation and the rule's {@link #severity()}: errors stop the import, warnings do not.
 */
public sealed interface TableRule {

	/** The rule's name in reports (issues are grouped by it), e.g. {@code cakupan}. */
	String rule();

	String messageKey();

	Severity severity();

	/**
	 * The column's value, when present, must be one of {@code codes}. Message arguments: the
	 * column's label, then {@code extraArgs} (e.g. the name of the region the codes lie in).
	 */
	record AllowedCodes(String rule, String messageKey, Severity severity, String column, Set<String> codes,
			List<Object> extraArgs) implements TableRule {

		public AllowedCodes {
			codes = Set.copyOf(codes);
			extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
		}

	}

	/**
	 * Every one of {@code expected} (code → label) must appear in {@code column}, within every
	 * combination of the values of {@code groupBy} that the table has (e.g. every kecamatan for
	 * every year). A finding has no row; its value is the missing code. Message arguments: the
	 * code's label, the group ("tahun = 2024"), or empty for the whole table.
	 */
	record Complete(String rule, String messageKey, Severity severity, String column, Map<String, String> expected,
			List<String> groupBy) implements TableRule {

		public Complete {
			expected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expected));
			groupBy = List.copyOf(groupBy);
		}

	}

	/**
	 * In every row, the number in {@code total} equals the sum of the numbers in {@code parts}
	 * (empty parts count as zero; rows whose parts are all empty are skipped), within
	 * {@code tolerance}. Message arguments: the total's label, the parts' labels, the sum (expected), the
	 * total as written (found), their difference.
	 */
	record SumOfParts(String rule, String messageKey, Severity severity, String total, List<String> parts,
			BigDecimal tolerance) implements TableRule {

		public SumOfParts {
			parts = List.copyOf(parts);
			tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
		}

	}

	/**
	 * The file's total rows ("Jumlah", "Total", "Kabupaten ..." under the data, recognised and left out
	 * of the data by the table detection) equal, in {@code column}, the sum of the rows they total,
	 * within {@code tolerance}. Without such a rule every numeric column is still compared, allowing
	 * only for rounding, as a warning. Message arguments: the column's label, the total row's label,
	 * the total as written (found), the sum of its rows (expected), the rows summed.
	 */
	record TotalRows(String rule, String messageKey, Severity severity, String column, BigDecimal tolerance)
			implements TableRule {

		public TotalRows {
			tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
		}

	}

	/**
	 * Compared with the row of {@code previous} that has the same values in {@code keyColumns},
	 * the number in each of {@code columns} changes by at most {@code maxRelativeChange} (0.5 =
	 * 50%). Message arguments: the column's label, the previous value, the change in percent.
	 */
	record ChangeLimit(String rule, String messageKey, Severity severity, TableRef previous, List<String> keyColumns,
			List<String> columns, BigDecimal maxRelativeChange) implements TableRule {

		public ChangeLimit {
			keyColumns = List.copyOf(keyColumns);
			columns = List.copyOf(columns);
		}

	}

}
