package id.satudata.perencanaan.jadwal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.perencanaan.jadwal.PembuatJadwal.Terjadwal;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * The schedule generator for every frequency: which periods fall due in the list's year, when,
 * month ends and leap years, moving off weekends and holidays, and that every period is one the
 * catalog accepts.
 */
class PembuatJadwalTest {

	/** 2026 holidays used here: New Year, Hari Lahir Pancasila, Christmas Eve (cuti bersama) and Christmas. */
	static final WorkingCalendar KALENDER = new WorkingCalendar(ZoneId.of("Asia/Jakarta"), LocalTime.of(8, 0),
			LocalTime.of(16, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			() -> Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 24),
					LocalDate.of(2026, 12, 25), LocalDate.of(2028, 1, 1)));

	final PembuatJadwal pembuat = new PembuatJadwal(Map.of(), KALENDER);

	static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	static List<String> periode(List<Terjadwal> list) {
		return list.stream().map(Terjadwal::periode).toList();
	}

	static List<LocalDate> tanggal(List<Terjadwal> list) {
		return list.stream().map(Terjadwal::tanggal).toList();
	}

	@Test
	void yearlyDataOfLastYearIsDueAtTheEndOfMarch() {
		List<Terjadwal> j = pembuat.buat(Frekuensi.TAHUNAN, 2026);
		assertThat(periode(j)).containsExactly("2025");
		assertThat(tanggal(j)).containsExactly(d(2026, 3, 31));
		// listed every other year, a biennial entry has one release in the year it is listed
		assertThat(periode(pembuat.buat(Frekuensi.DUA_TAHUNAN, 2026))).containsExactly("2025");
	}

	@Test
	void monthlyDataFromDecemberToNovemberEachDueAtTheNextMonthsEnd() {
		List<Terjadwal> j = pembuat.buat(Frekuensi.BULANAN, 2026);
		assertThat(periode(j)).containsExactly("2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
				"2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
		// December's data is due 31 January 2026, a Saturday: Monday 2 February
		assertThat(j.get(0).tanggal()).isEqualTo(d(2026, 2, 2));
		// January's data one month after 31 January: 28 February 2026 is a Saturday, so Monday 2 March
		assertThat(j.get(1).tanggal()).isEqualTo(d(2026, 3, 2));
		// February's (28th) one month on is 31 March, not 28 March
		assertThat(j.get(2).tanggal()).isEqualTo(d(2026, 3, 31));
		assertThat(j.get(11).tanggal()).isEqualTo(d(2026, 12, 31));
	}

	@Test
	void leapYearsKeepTheTwentyNinthOfFebruary() {
		// 29 February 2028 is a Tuesday
		List<Terjadwal> monthly = pembuat.buat(Frekuensi.BULANAN, 2028);
		assertThat(monthly.get(1).periode()).isEqualTo("2028-01");
		assertThat(monthly.get(1).tanggal()).isEqualTo(d(2028, 2, 29));
		List<Terjadwal> half = pembuat.buat(Frekuensi.SEMESTERAN, 2028);
		assertThat(periode(half)).containsExactly("2027-S2", "2028-S1");
		assertThat(half.get(0).tanggal()).isEqualTo(d(2028, 2, 29));
		// in 2027 there is no 29 February: 28 February 2027 is a Sunday, so Monday 1 March
		assertThat(pembuat.buat(Frekuensi.BULANAN, 2027).get(1).tanggal()).isEqualTo(d(2027, 3, 1));
		// daily data: a leap year's list has 366 days
		assertThat(pembuat.buat(Frekuensi.HARIAN, 2028)).hasSize(366);
		assertThat(pembuat.buat(Frekuensi.HARIAN, 2026)).hasSize(365);
	}

	@Test
	void quarterlyFourMonthlyAndHalfYearly() {
		List<Terjadwal> q = pembuat.buat(Frekuensi.TRIWULANAN, 2026);
		assertThat(periode(q)).containsExactly("2025-T4", "2026-T1", "2026-T2", "2026-T3");
		// 31 January and 31 October 2026 are Saturdays
		assertThat(tanggal(q)).containsExactly(d(2026, 2, 2), d(2026, 4, 30), d(2026, 7, 31), d(2026, 11, 2));

		List<Terjadwal> c = pembuat.buat(Frekuensi.EMPAT_BULANAN, 2026);
		// named by their last month (the catalog has no four-month notation)
		assertThat(periode(c)).containsExactly("2025-12", "2026-04", "2026-08");
		// 31 May 2026 is a Sunday and 1 June Hari Lahir Pancasila: Tuesday 2 June
		assertThat(tanggal(c)).containsExactly(d(2026, 2, 2), d(2026, 6, 2), d(2026, 9, 30));

		List<Terjadwal> s = pembuat.buat(Frekuensi.SEMESTERAN, 2026);
		assertThat(periode(s)).containsExactly("2025-S2", "2026-S1");
		// 28 February 2026 is a Saturday
		assertThat(tanggal(s)).containsExactly(d(2026, 3, 2), d(2026, 8, 31));
	}

	@Test
	void weeklyDataIsNamedByItsMondayAndDueTheWednesdayAfter() {
		List<Terjadwal> w = pembuat.buat(Frekuensi.MINGGUAN, 2026);
		assertThat(w).hasSize(52);
		assertThat(w.get(0).periode()).isEqualTo("2025-12-29");
		assertThat(w.get(0).tanggal()).isEqualTo(d(2026, 1, 7));
		assertThat(w.get(51).periode()).isEqualTo("2026-12-21");
		assertThat(w.get(51).tanggal()).isEqualTo(d(2026, 12, 30));
		assertThat(w).allSatisfy(t -> assertThat(LocalDate.parse(t.periode()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
	}

	@Test
	void dailyDataIsDueTheNextWorkingDay() {
		List<Terjadwal> h = pembuat.buat(Frekuensi.HARIAN, 2026);
		assertThat(h.get(0).periode()).isEqualTo("2025-12-31");
		// 1 January is a holiday
		assertThat(h.get(0).tanggal()).isEqualTo(d(2026, 1, 2));
		// Friday's, Saturday's and Sunday's data are all due on Monday
		assertThat(h.stream().filter(t -> t.periode().equals("2026-03-06") || t.periode().equals("2026-03-07")
				|| t.periode().equals("2026-03-08")).map(Terjadwal::tanggal).distinct().toList())
			.containsExactly(d(2026, 3, 9));
		assertThat(h.get(h.size() - 1).periode()).isEqualTo("2026-12-30");
	}

	@Test
	void adHocHasNoGeneratedDates() {
		assertThat(pembuat.buat(Frekuensi.AD_HOC, 2026)).isEmpty();
	}

	@Test
	void everyGeneratedDateIsAWorkingDayOfTheYearAndEveryPeriodIsOneTheCatalogAccepts() {
		for (Frekuensi f : Frekuensi.values()) {
			for (int y : new int[] { 2026, 2027, 2028 }) {
				for (Terjadwal t : pembuat.buat(f, y)) {
					assertThat(KALENDER.isWorkingDay(t.tanggal())).as("%s %s %s", f, y, t).isTrue();
					assertThat(t.tanggal().getYear()).as("%s %s %s", f, y, t).isBetween(y, y + 1);
					assertThat(PeriodeRilis.tryParse(t.periode())).as("%s %s", f, t).isPresent()
						.hasValueSatisfying(p -> assertThat(p.label()).isEqualTo(t.periode()));
					assertThat(t.tanggal()).as("released after the period ends").isAfter(t.akhirPeriode());
				}
			}
		}
	}

	@Test
	void theLagIsConfigurablePerFrequency() {
		PembuatJadwal cepat = new PembuatJadwal(Map.of(Frekuensi.BULANAN, Period.ofDays(10), Frekuensi.TAHUNAN,
				Period.ofMonths(1)), KALENDER);
		List<Terjadwal> monthly = cepat.buat(Frekuensi.BULANAN, 2026);
		assertThat(monthly.get(0).periode()).isEqualTo("2025-12");
		// 10 January 2026 is a Saturday
		assertThat(monthly.get(0).tanggal()).isEqualTo(d(2026, 1, 12));
		assertThat(periode(cepat.buat(Frekuensi.TAHUNAN, 2026))).containsExactly("2025");
		assertThat(tanggal(cepat.buat(Frekuensi.TAHUNAN, 2026))).containsExactly(d(2026, 2, 2));
	}

	@Test
	void monthArithmeticKeepsMonthEnds() {
		assertThat(PembuatJadwal.tambah(d(2026, 1, 31), Period.ofMonths(1))).isEqualTo(d(2026, 2, 28));
		assertThat(PembuatJadwal.tambah(d(2028, 1, 31), Period.ofMonths(1))).isEqualTo(d(2028, 2, 29));
		assertThat(PembuatJadwal.tambah(d(2026, 2, 28), Period.ofMonths(1))).isEqualTo(d(2026, 3, 31));
		assertThat(PembuatJadwal.tambah(d(2028, 2, 29), Period.ofMonths(12))).isEqualTo(d(2029, 2, 28));
		assertThat(PembuatJadwal.tambah(d(2026, 6, 30), Period.of(0, 2, 5))).isEqualTo(d(2026, 9, 5));
		assertThat(PembuatJadwal.tambah(d(2026, 1, 15), Period.ofMonths(1))).isEqualTo(d(2026, 2, 15));
		assertThat(PembuatJadwal.tambah(d(2026, 12, 31), Period.ofDays(1))).isEqualTo(d(2027, 1, 1));
	}

}
