package id.satudata.datastore;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: a stored table when there is no error, and every issue found either way.
 *
 * @param table the stored table, or {@code null} when an error stopped it
 * @param issues the issues kept for display (capped per rule)
 * @param issueCounts the exact number of issues per rule and severity ({@code rule/GALAT})
 * @param errorCount the exact number of errors
 * @param warningCount the exact number of warnings
 * @param rows data rows read
 * @param file how the file was understood
 * @param symbols the BPS value symbols read ("-", "…", "x", "1.234e"), counted per column
 */
public record ImportResult(TableRef table, List<ImportIssue> issues, Map<String, Long> issueCounts, long errorCount,
		long warningCount, long rows, FileInfo file, SymbolSummary symbols) {

	public ImportResult {
		symbols = symbols == null ? SymbolSummary.NONE : symbols;
	}

	public ImportResult(TableRef table, List<ImportIssue> issues, Map<String, Long> issueCounts, long errorCount,
			long warningCount, long rows, FileInfo file) {
		this(table, issues, issueCounts, errorCount, warningCount, rows, file, SymbolSummary.NONE);
	}

	public boolean ok() {
		return errorCount == 0 && table != null;
	}

}
