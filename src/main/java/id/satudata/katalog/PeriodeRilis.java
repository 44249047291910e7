package id.satudata.katalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.satudata.shared.web.InvalidFieldException;

/**
 * A release period as offices write it: a year ({@code 2024}), a quarter ({@code 2024-T1} or
 * {@code 2024-Q1}), a half year ({@code 2024-S1}), a month ({@code 2024-06}) or a day
 * ({@code 2024-06-15}), normalized, with its first and last day. {@link #parse} refuses an
 * unreadable period as an error on the field {@code periode}; {@link #tryParse} answers nothing
 * for it (for callers that report the error their own way, e.g. planning's schedule rows).
 */
public record PeriodeRilis(String label, LocalDate mulai, LocalDate akhir) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[TQ]([1-4])");
	private static final Pattern HALF = Pattern.compile("(\\d{4})-S([12])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** The period written in {@code text}, or an {@link InvalidFieldException} on {@code periode}. */
	public static PeriodeRilis parse(String text) {
		return tryParse(text).orElseThrow(() -> new InvalidFieldException("periode", "rilis.galat.periode", text));
	}

	/** The period written in {@code text}, or empty when it is none (blank and {@code null} included). */
	public static Optional<PeriodeRilis> tryParse(String text) {
		String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		try {
			Matcher m;
			if ((m = YEAR.matcher(t)).matches()) {
				int y = year(m.group(1));
				return Optional.of(new PeriodeRilis(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
			}
			if ((m = QUARTER.matcher(t)).matches()) {
				int y = year(m.group(1));
				int q = Integer.parseInt(m.group(2));
				LocalDate start = LocalDate.of(y, (q - 1) * 3 + 1, 1);
				return Optional.of(new PeriodeRilis(y + "-T" + q, start, start.plusMonths(3).minusDays(1)));
			}
			if ((m = HALF.matcher(t)).matches()) {
				int y = year(m.group(1));
				int h = Integer.parseInt(m.group(2));
				LocalDate start = LocalDate.of(y, h == 1 ? 1 : 7, 1);
				return Optional.of(new PeriodeRilis(t, start, start.plusMonths(6).minusDays(1)));
			}
			if ((m = MONTH.matcher(t)).matches()) {
				YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
				return Optional.of(new PeriodeRilis(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
			}
			if (DAY.matcher(t).matches()) {
				LocalDate d = LocalDate.parse(t);
				year(String.valueOf(d.getYear()));
				return Optional.of(new PeriodeRilis(t, d, d));
			}
		}
		catch (DateTimeException e) {
			// not a period
		}
		return Optional.empty();
	}

	private static int year(String y) {
		int year = Integer.parseInt(y);
		if (year < 1900 || year > 2200) {
			throw new DateTimeException("year out of range");
		}
		return year;
	}

}
