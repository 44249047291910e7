package id.satudata.shared.kalender;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Working time in one time zone (Asia/Jakarta by default): working days with opening hours, minus
 * holidays and collective leave. Every SLA in the platform is computed here.
 *
 * <p>A "working day" as a duration is one day's opening hours (8 hours for 08:00–16:00), so
 * "1 working day" from Monday 08:00 ends Monday 16:00, and a request filed outside opening hours
 * starts its clock at the next opening.
 */
public final class WorkingCalendar {

	private final ZoneId zone;
	private final LocalTime opens;
	private final LocalTime closes;
	private final Set<DayOfWeek> workingDays;
	private final Supplier<Set<LocalDate>> holidays;

	public WorkingCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays,
			Supplier<Set<LocalDate>> holidays) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Opening time must be before closing time");
		}
		if (workingDays.isEmpty()) {
			throw new IllegalArgumentException("At least one working day is needed");
		}
		this.zone = zone;
		this.opens = opens;
		this.closes = closes;
		this.workingDays = Set.copyOf(workingDays);
		this.holidays = holidays;
	}

	public ZoneId zone() {
		return zone;
	}

	/** Minutes of working time in one working day. */
	public long minutesPerDay() {
		return Duration.between(opens, closes).toMinutes();
	}

	public boolean isWorkingDay(LocalDate date) {
		return workingDays.contains(date.getDayOfWeek()) && !holidays.get().contains(date);
	}

	/** Whether the instant falls within opening hours of a working day. */
	public boolean isWorkingTime(Instant instant) {
		ZonedDateTime t = instant.atZone(zone);
		LocalTime time = t.toLocalTime();
		return isWorkingDay(t.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
	}

	/** The first working day strictly after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate d = date.plusDays(1);
		int guard = 0;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
			if (++guard > 3660) {
				throw new IllegalStateException("No working day within ten years of " + date);
			}
		}
		return d;
	}

	/** {@code date} itself if it is a working day, else the next one. */
	public LocalDate workingDayOnOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : nextWorkingDay(date);
	}

	/** Adds working minutes: the clock runs only in opening hours of working days. */
	public Instant plusWorkingMinutes(Instant start, long minutes) {
		if (minutes < 0) {
			throw new IllegalArgumentException("minutes must not be negative");
		}
		ZonedDateTime t = normalize(start.atZone(zone));
		long remaining = minutes;
		while (true) {
			long leftToday = Duration.between(t.toLocalTime(), closes).toMinutes();
			if (remaining <= leftToday) {
				return t.plusMinutes(remaining).toInstant();
			}
			remaining -= leftToday;
			t = nextWorkingDay(t.toLocalDate()).atTime(opens).atZone(zone);
		}
	}

	public Instant plusWorkingHours(Instant start, long hours) {
		return plusWorkingMinutes(start, Math.multiplyExact(hours, 60));
	}

	/** Adds working days, each one day's opening hours long. */
	public Instant plusWorkingDays(Instant start, long days) {
		return plusWorkingMinutes(start, Math.multiplyExact(days, minutesPerDay()));
	}

	/** Adds a working duration (hours and minutes of working time). */
	public Instant plus(Instant start, Duration workingTime) {
		return plusWorkingMinutes(start, workingTime.toMinutes());
	}

	/**
	 * Working time between two instants: the part of [from, to) inside opening hours of working
	 * days. Negative if {@code to} is before {@code from}.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return workingTimeBetween(to, from).negated();
		}
		ZonedDateTime a = from.atZone(zone);
		ZonedDateTime b = to.atZone(zone);
		long seconds = 0;
		for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
			if (!isWorkingDay(d)) {
				continue;
			}
			ZonedDateTime dayStart = d.atTime(opens).atZone(zone);
			ZonedDateTime dayEnd = d.atTime(closes).atZone(zone);
			ZonedDateTime s = a.isAfter(dayStart) ? a : dayStart;
			ZonedDateTime e = b.isBefore(dayEnd) ? b : dayEnd;
			if (e.isAfter(s)) {
				seconds += Duration.between(s, e).getSeconds();
			}
		}
		return Duration.ofSeconds(seconds);
	}

	/** Whole working days between two dates: working days in (from, to]. */
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		long n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	/** Moves a time outside opening hours to the next opening. */
	private ZonedDateTime normalize(ZonedDateTime t) {
		LocalDate date = t.toLocalDate();
		if (!isWorkingDay(date) || !t.toLocalTime().isBefore(closes)) {
			if (isWorkingDay(date) && t.toLocalTime().equals(closes)) {
				return t;
			}
			return nextWorkingDay(date).atTime(opens).atZone(zone);
		}
		if (t.toLocalTime().isBefore(opens)) {
			return date.atTime(opens).atZone(zone);
		}
		return t;
	}

}
