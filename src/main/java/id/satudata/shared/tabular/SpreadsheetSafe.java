package id.satudata.shared.tabular;

/**
 * Neutralizes text that a spreadsheet would run as a formula (CSV/formula injection): a text cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char c = value.charAt(0);
		if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
			return "'" + value;
		}
		return value;
	}

}
