package id.satudata.datastore;

import java.util.Map;

/**
 * Choices for an import.
 *
 * @param sheet the XLSX sheet to read, or {@code null} for the first visible one
 * @param headerMapping file header → column name, for headers that do not match the schema by name
 * @param maxRows refuse files with more data rows (0: the configured limit)
 */
public record ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows) {

	public ImportOptions {
		headerMapping = headerMapping == null ? Map.of() : Map.copyOf(headerMapping);
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, Map.of(), 0);
	}

}
