package id.satudata.datastore;

import java.util.Map;

/**
 * Choices for an import.
 *
 * @param sheet the XLSX sheet to read, or {@code null} for the first visible one
 * @param headerMapping file header → column name, for headers that do not match the schema by name
 * @param maxRows refuse files with more data rows (0: the configured limit)
 * @param issuesPerRule issues kept in the result per rule (0: the configured number); counts stay exact
 */
public record ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows, int issuesPerRule) {

	public ImportOptions {
		headerMapping = headerMapping == null ? Map.of() : Map.copyOf(headerMapping);
	}

	public ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows) {
		this(sheet, headerMapping, maxRows, 0);
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, Map.of(), 0, 0);
	}

	public ImportOptions withIssuesPerRule(int perRule) {
		return new ImportOptions(sheet, headerMapping, maxRows, perRule);
	}

}
