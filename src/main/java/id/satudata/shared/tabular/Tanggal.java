package id.satudata.shared.tabular;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads the date forms Indonesian offices type: ISO ({@code 2026-03-31}), and day-first with a
 * slash or dash ({@code 31/03/2026}, {@code 31-3-2026}). Impossible dates are refused.
 */
public final class Tanggal {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private Tanggal() {
	}

	/** The date, or {@code null} if the text is not a date in an accepted form. */
	public static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (DateTimeFormatter f : FORMATS) {
			try {
				return LocalDate.parse(t, f);
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

}
