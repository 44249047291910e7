package id.satudata.perencanaan.jadwal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Lateness on the working calendar (weekends and holidays do not count). */
class KeterlambatanTest {

	static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	static Keterlambatan hitung(LocalDate due, LocalDate published, LocalDate today) {
		return Keterlambatan.hitung(due, published, today, PembuatJadwalTest.KALENDER);
	}

	@Test
	void publishedByTheDeadlineIsOnTime() {
		assertThat(hitung(d(2026, 11, 6), d(2026, 11, 6), d(2026, 12, 1)).terlambat()).isFalse();
		assertThat(hitung(d(2026, 11, 6), d(2026, 10, 1), d(2026, 12, 1)).hariTerlambat()).isZero();
	}

	@Test
	void aWeekendAfterAFridayDeadlineCostsNoWorkingDay() {
		// Friday 6 November 2026
		assertThat(hitung(d(2026, 11, 6), d(2026, 11, 7), d(2026, 12, 1)).terlambat()).isFalse();
		assertThat(hitung(d(2026, 11, 6), d(2026, 11, 8), d(2026, 12, 1)).terlambat()).isFalse();
		Keterlambatan monday = hitung(d(2026, 11, 6), d(2026, 11, 9), d(2026, 12, 1));
		assertThat(monday.terlambat()).isTrue();
		assertThat(monday.hariTerlambat()).isEqualTo(1);
		assertThat(hitung(d(2026, 11, 6), d(2026, 11, 13), d(2026, 12, 1)).hariTerlambat()).isEqualTo(5);
	}

	@Test
	void unpublishedReleasesAreLateFromTheFirstWorkingDayAfterTheDeadline() {
		assertThat(hitung(d(2026, 11, 6), null, d(2026, 11, 6)).terlambat()).isFalse();
		assertThat(hitung(d(2026, 11, 6), null, d(2026, 11, 8)).terlambat()).isFalse();
		assertThat(hitung(d(2026, 11, 6), null, d(2026, 11, 9)).hariTerlambat()).isEqualTo(1);
		assertThat(hitung(d(2026, 11, 6), null, d(2026, 11, 2)).hariTerlambat()).isZero();
	}

	@Test
	void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
		// Saturday 7 November 2026: the deadline is Monday 9 November
		Keterlambatan k = hitung(d(2026, 11, 7), d(2026, 11, 9), d(2026, 12, 1));
		assertThat(k.batas()).isEqualTo(d(2026, 11, 9));
		assertThat(k.terlambat()).isFalse();
		assertThat(hitung(d(2026, 11, 7), d(2026, 11, 10), d(2026, 12, 1)).hariTerlambat()).isEqualTo(1);
	}

	@Test
	void holidaysAreNotCounted() {
		// due Wednesday 23 December 2026; 24 and 25 December are holidays, then the weekend
		Keterlambatan k = hitung(d(2026, 12, 23), d(2026, 12, 28), d(2027, 1, 5));
		assertThat(k.hariTerlambat()).isEqualTo(1);
		assertThat(hitung(d(2026, 12, 23), d(2026, 12, 27), d(2027, 1, 5)).terlambat()).isFalse();
	}

}
