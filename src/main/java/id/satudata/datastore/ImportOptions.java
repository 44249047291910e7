package id.satudata.datastore;

import java.util.Map;

import id.satudata.shared.tabular.TableShaper;

/**
 * Choices for an import.
 *
 * @param sheet the XLSX sheet to read, or {@code null} for the first visible one
 * @param headerMapping file header → column name, for headers that do not match the schema by name
 * @param maxRows refuse files with more data rows (0: the configured limit)
 * @param issuesPerRule issues kept in the result per rule (0: the configured number); counts stay exact
 * @param table which table of the sheet to take, when it holds several one under another (1: the first)
 * @param names names to codes: the coverage regions are matched within and the user's decisions
 * @param layout the user's corrections of the table found: header rows, rows left out or taken as data
 * @param reshape wide to long (or back) as the user confirmed it, or {@code null}: then a file whose shape
 *        explains its header's mismatch gets the proposal among its findings
 */
public record ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows, int issuesPerRule,
		int table, NameMatching names, TableShaper.Choices layout, Reshape reshape) {

	public ImportOptions {
		headerMapping = headerMapping == null ? Map.of() : Map.copyOf(headerMapping);
		table = Math.max(1, table);
		names = names == null ? NameMatching.NONE : names;
		layout = layout == null ? TableShaper.Choices.NONE : layout;
	}

	public ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows, int issuesPerRule, int table,
			NameMatching names) {
		this(sheet, headerMapping, maxRows, issuesPerRule, table, names, TableShaper.Choices.NONE, null);
	}

	public ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows, int issuesPerRule, int table) {
		this(sheet, headerMapping, maxRows, issuesPerRule, table, NameMatching.NONE);
	}

	public ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows, int issuesPerRule) {
		this(sheet, headerMapping, maxRows, issuesPerRule, 1);
	}

	public ImportOptions(String sheet, Map<String, String> headerMapping, long maxRows) {
		this(sheet, headerMapping, maxRows, 0);
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, Map.of(), 0, 0);
	}

	public ImportOptions withIssuesPerRule(int perRule) {
		return new ImportOptions(sheet, headerMapping, maxRows, perRule, table, names, layout, reshape);
	}

	public ImportOptions withTable(int number) {
		return new ImportOptions(sheet, headerMapping, maxRows, issuesPerRule, number, names, layout, reshape);
	}

	public ImportOptions withNames(NameMatching matching) {
		return new ImportOptions(sheet, headerMapping, maxRows, issuesPerRule, table, matching, layout, reshape);
	}

	public ImportOptions withLayout(TableShaper.Choices choices) {
		return new ImportOptions(sheet, headerMapping, maxRows, issuesPerRule, table, names, choices, reshape);
	}

	public ImportOptions withReshape(Reshape confirmed) {
		return new ImportOptions(sheet, headerMapping, maxRows, issuesPerRule, table, names, layout, confirmed);
	}

}
