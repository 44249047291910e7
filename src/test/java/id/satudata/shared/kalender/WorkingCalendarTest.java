package id.satudata.shared.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** 2026: Mon 16 Feb (cuti bersama) and Tue 17 Feb (Imlek) closed; 20–24 Mar Idul Fitri. */
	final WorkingCalendar calendar = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			() -> Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 20),
					LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 12, 24),
					LocalDate.of(2026, 12, 25)));

	static Instant wib(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min).atZone(WIB).toInstant();
	}

	@Test
	void complaintFiledFridayAfternoonInRinganTierIsDueMondayMorning() {
		// Friday 6 Nov 2026 15:30 + 3 working hours: 30 minutes Friday, 2.5 hours Monday
		assertThat(calendar.plusWorkingHours(wib(2026, 11, 6, 15, 30), 3)).isEqualTo(wib(2026, 11, 9, 10, 30));
	}

	@Test
	void clockStartsAtOpeningWhenFiledBeforeOpening() {
		assertThat(calendar.plusWorkingMinutes(wib(2026, 11, 9, 6, 45), 30)).isEqualTo(wib(2026, 11, 9, 8, 30));
	}

	@Test
	void filedOvernightCountsFromNextOpening() {
		// Tuesday 22:10 + 1 hour = Wednesday 09:00
		assertThat(calendar.plusWorkingHours(wib(2026, 11, 10, 22, 10), 1)).isEqualTo(wib(2026, 11, 11, 9, 0));
	}

	@Test
	void filedOnWeekendCountsFromMonday() {
		assertThat(calendar.plusWorkingMinutes(wib(2026, 11, 7, 10, 0), 15)).isEqualTo(wib(2026, 11, 9, 8, 15));
		assertThat(calendar.plusWorkingMinutes(wib(2026, 11, 8, 23, 59), 0)).isEqualTo(wib(2026, 11, 9, 8, 0));
	}

	@Test
	void holidaysAndCollectiveLeaveAreSkipped() {
		// Friday 13 Feb 2026 15:00 + 2h: 1h Friday, Mon 16 and Tue 17 closed, 1h Wednesday 18
		assertThat(calendar.plusWorkingHours(wib(2026, 2, 13, 15, 0), 2)).isEqualTo(wib(2026, 2, 18, 9, 0));
		// Idul Fitri: Thu 19 Mar 2026 12:00 + 1 working day (8h) -> 4h Thu, Fri 20 off, weekend, Mon 23/Tue 24 off,
		// 4h on Wed 25
		assertThat(calendar.plusWorkingDays(wib(2026, 3, 19, 12, 0), 1)).isEqualTo(wib(2026, 3, 25, 12, 0));
	}

	@Test
	void landingExactlyAtClosingStaysOnThatDay() {
		assertThat(calendar.plusWorkingMinutes(wib(2026, 11, 9, 15, 0), 60)).isEqualTo(wib(2026, 11, 9, 16, 0));
		assertThat(calendar.plusWorkingDays(wib(2026, 11, 9, 8, 0), 1)).isEqualTo(wib(2026, 11, 9, 16, 0));
	}

	@Test
	void startingAtClosingTimeContinuesNextMorning() {
		assertThat(calendar.plusWorkingMinutes(wib(2026, 11, 9, 16, 0), 30)).isEqualTo(wib(2026, 11, 10, 8, 30));
	}

	@Test
	void thirtyWorkingDaysSkipWeekendsAndYearEndHolidays() {
		// Mon 7 Dec 2026 10:00 + 30 working days, 24–25 Dec closed (1 Jan 2027 is not in this list) -> Wed 20 Jan 10:00
		assertThat(calendar.plusWorkingDays(wib(2026, 12, 7, 10, 0), 30)).isEqualTo(wib(2027, 1, 20, 10, 0));
	}

	@Test
	void workingTimeBetweenCountsOnlyOpeningHours() {
		// Friday 15:00 to Monday 09:30 = 1h + 1.5h
		assertThat(calendar.workingTimeBetween(wib(2026, 11, 6, 15, 0), wib(2026, 11, 9, 9, 30)))
			.isEqualTo(Duration.ofMinutes(150));
		// overnight, outside hours entirely
		assertThat(calendar.workingTimeBetween(wib(2026, 11, 9, 17, 0), wib(2026, 11, 10, 7, 0))).isZero();
		// over a holiday
		assertThat(calendar.workingTimeBetween(wib(2026, 2, 13, 8, 0), wib(2026, 2, 18, 16, 0)))
			.isEqualTo(Duration.ofHours(16));
		// reversed order is negative
		assertThat(calendar.workingTimeBetween(wib(2026, 11, 9, 10, 0), wib(2026, 11, 9, 9, 0)))
			.isEqualTo(Duration.ofHours(-1));
	}

	@Test
	void addingThenMeasuringGivesTheSameWorkingTime() {
		Instant start = wib(2026, 3, 18, 13, 17);
		for (long minutes : new long[] { 0, 1, 179, 480, 481, 2000, 14400 }) {
			Instant end = calendar.plusWorkingMinutes(start, minutes);
			assertThat(calendar.workingTimeBetween(start, end).toMinutes()).as("%d minutes", minutes).isEqualTo(minutes);
		}
	}

	@Test
	void workingDaysBetweenDates() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 18))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 6))).isEqualTo(-1);
	}

	@Test
	void isWorkingTimeRespectsHoursDaysAndHolidays() {
		assertThat(calendar.isWorkingTime(wib(2026, 11, 9, 8, 0))).isTrue();
		assertThat(calendar.isWorkingTime(wib(2026, 11, 9, 16, 0))).isFalse();
		assertThat(calendar.isWorkingTime(wib(2026, 11, 7, 10, 0))).isFalse();
		assertThat(calendar.isWorkingTime(wib(2026, 2, 17, 10, 0))).isFalse();
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 18));
	}

	@Test
	void refusesNegativeDurationsAndImpossibleHours() {
		assertThatThrownBy(() -> calendar.plusWorkingMinutes(Instant.now(), -1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WorkingCalendar(WIB, LocalTime.of(16, 0), LocalTime.of(8, 0),
				EnumSet.of(DayOfWeek.MONDAY), Set::of)).isInstanceOf(IllegalArgumentException.class);
	}

}
