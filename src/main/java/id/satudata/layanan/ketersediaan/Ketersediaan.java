package id.satudata.layanan.ketersediaan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import id.satudata.shared.kalender.WorkingCalendar;

/**
 * The share of working time the service was available, from the health samples the platform
 * records once a minute ({@link KesehatanLayanan}).
 * <ul>
 * <li>Only working minutes count (working days, opening hours, minus holidays): the catalogue
 * promises 90% "pada hari kerja dan jam kerja".</li>
 * <li>A working minute is available when a sample for it says UP. A minute without a sample counts
 * as <b>unavailable</b>: no sample means the application or its database could not record one —
 * exactly when the service was down. A sample saying DOWN (or anything but UP) is unavailable too.</li>
 * <li>The measured period starts at the first sample the platform ever recorded (before the
 * installation there was no service to promise) and ends at the current minute (the future is
 * not counted); within it, gaps count against availability.</li>
 * </ul>
 *
 * @param menitKerja working minutes in the measured period
 * @param menitTersedia of them, minutes with an UP sample
 */
public record Ketersediaan(long menitKerja, long menitTersedia) {

	/** The share in percent, or null when no working minute was measured. */
	public Double persen() {
		return menitKerja == 0 ? null : 100.0 * menitTersedia / menitKerja;
	}

	public boolean memenuhi(double target) {
		return persen() != null && persen() >= target * 100.0;
	}

	/**
	 * @param dari start of the period (e.g. the month's first instant, or the first sample ever if later)
	 * @param sampai end of the period, exclusive (e.g. the next month's first instant, or now if earlier)
	 * @param menitUp the minutes (truncated to the minute) whose sample said UP
	 */
	static Ketersediaan hitung(WorkingCalendar calendar, Instant dari, Instant sampai, Set<Instant> menitUp) {
		if (!sampai.isAfter(dari)) {
			return new Ketersediaan(0, 0);
		}
		Instant awal = dari.truncatedTo(ChronoUnit.MINUTES);
		if (awal.isBefore(dari)) {
			awal = awal.plus(1, ChronoUnit.MINUTES);
		}
		long kerja = 0;
		long ada = 0;
		LocalDate akhir = sampai.atZone(calendar.zone()).toLocalDate();
		for (LocalDate d = awal.atZone(calendar.zone()).toLocalDate(); !d.isAfter(akhir); d = d.plusDays(1)) {
			if (!calendar.isWorkingDay(d)) {
				continue;
			}
			// the day's opening: the first working instant at or after midnight
			Instant buka = calendar.plusWorkingMinutes(d.atStartOfDay(calendar.zone()).toInstant(), 0);
			for (long m = 0; m < calendar.minutesPerDay(); m++) {
				Instant t = buka.plus(m, ChronoUnit.MINUTES);
				if (t.isBefore(awal) || !t.isBefore(sampai)) {
					continue;
				}
				kerja++;
				if (menitUp.contains(t)) {
					ada++;
				}
			}
		}
		return new Ketersediaan(kerja, ada);
	}

}
