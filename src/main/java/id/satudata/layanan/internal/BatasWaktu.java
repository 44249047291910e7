package id.satudata.layanan.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.satudata.shared.kalender.WorkingCalendar;

/**
 * A time limit as the service catalogue states it: "30 menit", "3 jam", "1 hari-kerja",
 * "30 hari-kerja" (working time on the {@link WorkingCalendar}) or "1-6 minggu", "1-3 bulan"
 * (calendar time, an estimate range whose upper bound is the target). Written like that in the
 * configuration ({@code satudata.layanan.*}).
 *
 * @param min the lower bound of the estimate (equal to {@code maks} for a plain limit)
 * @param maks the limit itself: what "within target" is measured against
 * @param satuan the unit
 */
public record BatasWaktu(int min, int maks, Satuan satuan) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*(?:-\\s*(\\d{1,4}))?\\s*([a-z-]+)");

	/** Units: the first three are working time, the last two calendar time. */
	public enum Satuan {
		MENIT("menit", true), JAM("jam", true), HARI_KERJA("hari-kerja", true), MINGGU("minggu", false),
		BULAN("bulan", false);

		private final String kata;
		private final boolean waktuKerja;

		Satuan(String kata, boolean waktuKerja) {
			this.kata = kata;
			this.waktuKerja = waktuKerja;
		}

		String kata() {
			return kata;
		}

		boolean waktuKerja() {
			return waktuKerja;
		}

	}

	public BatasWaktu {
		if (satuan == null || min < 0 || maks <= 0 || min > maks) {
			throw new IllegalArgumentException("A time limit needs a unit and 0 <= min <= maks, maks > 0");
		}
	}

	public static BatasWaktu of(int maks, Satuan satuan) {
		return new BatasWaktu(maks, maks, satuan);
	}

	public static BatasWaktu rentang(int min, int maks, Satuan satuan) {
		return new BatasWaktu(min, maks, satuan);
	}

	/** Reads "30 menit", "3 jam", "30 hari-kerja", "1-6 minggu", "1-3 bulan". */
	public static BatasWaktu parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("No time limit given");
		}
		Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a time limit: '" + text
					+ "' (write e.g. '30 menit', '3 jam', '30 hari-kerja', '1-6 minggu', '1-3 bulan')");
		}
		int a = Integer.parseInt(m.group(1));
		int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
		for (Satuan s : Satuan.values()) {
			if (s.kata.equals(m.group(3))) {
				return new BatasWaktu(a, b, s);
			}
		}
		throw new IllegalArgumentException("Unknown unit '" + m.group(3) + "' in '" + text
				+ "' (menit, jam, hari-kerja, minggu, bulan)");
	}

	/** When something begun at {@code mulai} is due: the upper bound of the limit. */
	public Instant tenggat(WorkingCalendar calendar, Instant mulai) {
		return tambah(calendar, mulai, maks);
	}

	/** The earliest expected completion (the lower bound of an estimate range). */
	public Instant perkiraanAwal(WorkingCalendar calendar, Instant mulai) {
		return tambah(calendar, mulai, min);
	}

	private Instant tambah(WorkingCalendar calendar, Instant mulai, int n) {
		return switch (satuan) {
			case MENIT -> calendar.plusWorkingMinutes(mulai, n);
			case JAM -> calendar.plusWorkingHours(mulai, n);
			case HARI_KERJA -> calendar.plusWorkingDays(mulai, n);
			// calendar time from the moment the clock starts (the next opening if filed outside working
			// hours); a due time that falls outside working hours moves to the next opening
			case MINGGU -> calendar.plusWorkingMinutes(awal(calendar, mulai).plusWeeks(n).toInstant(), 0);
			case BULAN -> calendar.plusWorkingMinutes(awal(calendar, mulai).plusMonths(n).toInstant(), 0);
		};
	}

	private static ZonedDateTime awal(WorkingCalendar calendar, Instant mulai) {
		return calendar.plusWorkingMinutes(mulai, 0).atZone(calendar.zone());
	}

	/** The limit as working time, for limits in working units (0 for calendar units). */
	public Duration waktuKerja(WorkingCalendar calendar) {
		return switch (satuan) {
			case MENIT -> Duration.ofMinutes(maks);
			case JAM -> Duration.ofHours(maks);
			case HARI_KERJA -> Duration.ofMinutes(maks * calendar.minutesPerDay());
			case MINGGU, BULAN -> Duration.ZERO;
		};
	}

	/** The message key of the label ("{0} jam", "{0}–{1} bulan"); arguments: {@link #min}, {@link #maks}. */
	public String labelKey() {
		return "layanan.batas." + satuan.name() + (min == maks ? "" : ".rentang");
	}

	@Override
	public String toString() {
		return (min == maks ? "" : min + "-") + maks + " " + satuan.kata;
	}

}
