package id.satudata.datastore;

import java.util.List;

/**
 * One problem found in an uploaded table.
 *
 * @param row the row as the user sees it (1 = header; in XLSX the spreadsheet row)
 * @param column the column name, or {@code null} for the whole row or file
 * @param value the offending value as written, or {@code null}
 * @param rule the rule that found it ({@code header}, {@code struktur}, {@code tipe}, {@code wajib},
 *        {@code rentang}, {@code pola}, {@code kodeReferensi}, {@code kunci})
 * @param messageKey message-bundle key of the explanation
 * @param args its arguments
 * @param severity error or warning
 */
public record ImportIssue(long row, String column, String value, String rule, String messageKey, List<Object> args,
		Severity severity) {

	public ImportIssue {
		args = args == null ? List.of() : List.copyOf(args);
		if (value != null && value.length() > 200) {
			value = value.substring(0, 199) + "…";
		}
	}

	public static ImportIssue error(long row, String column, String value, String rule, String key, Object... args) {
		return new ImportIssue(row, column, value, rule, key, List.of(args), Severity.GALAT);
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
