package id.satudata.datastore.impor;

import java.util.List;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.TableRule;
import id.satudata.shared.tabular.TableShaper;

/**
 * The checks that run on an upload's rows while {@link FilePreparer} streams them into the prepared CSV
 * (a spreadsheet, or a CSV with a title block, totals or notes), so that they cost no pass of their own:
 * names turned into codes ({@link NameColumns.Coder}; not when a reshape is confirmed, which runs on the
 * prepared file and is followed by its own names step), and total rows summed and checked
 * ({@link TotalChecks.Running}; in the file's own shape, also when it is reshaped afterwards).
 */
final class InPass {

	/**
	 * What the checks found.
	 *
	 * @param namesCoded whether the names step was done on the way (names turned into codes, or no column of
	 *        names found); else the import's names step still has to look
	 * @param nameIssues the names without a code (nothing is imported then)
	 * @param totals the total rows that do not add up
	 */
	record Checked(boolean namesCoded, List<ImportIssue> nameIssues, List<ImportIssue> totals) {
	}

	private final List<ColumnSpec> schema;
	private final List<TableRule> rules;
	private final ImportOptions options;
	private final NameColumns names;
	private NameColumns.Coder coder;
	private TotalChecks.Running totals;
	private List<String> headers;

	InPass(List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options, NameColumns names) {
		this.schema = schema;
		this.rules = rules;
		this.options = options;
		this.names = names;
	}

	/** The table's header as found; the header to write (with code columns for names). */
	List<String> header(List<String> found) {
		coder = options.reshape() == null ? names.coder(found, schema, options) : null;
		headers = coder == null ? List.copyOf(found) : coder.headers();
		totals = new TotalChecks.Running(headers, schema, options.headerMapping(), rules, options.reshape());
		return headers;
	}

	/** The header written, or {@code null} before the header was met. */
	List<String> headers() {
		return headers;
	}

	/** A data row; the row to write. */
	String[] row(long row, String[] values) {
		String[] out = coder == null ? values : coder.code(row, values);
		if (totals.active()) {
			totals.row(out);
		}
		return out;
	}

	/** A row left out of the table (a total row is checked here). */
	void leftOut(TableShaper.Excluded row) {
		if (totals != null) {
			totals.leftOut(row);
		}
	}

	Checked finish() {
		return new Checked(headers != null && options.reshape() == null, coder == null ? List.of() : coder.issues(),
				totals == null ? List.of() : totals.issues());
	}

}
