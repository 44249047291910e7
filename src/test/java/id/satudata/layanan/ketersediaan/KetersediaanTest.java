package id.satudata.layanan.ketersediaan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.satudata.shared.kalender.WorkingCalendar;

/** Availability over working minutes only; a working minute without an UP sample is unavailable. */
class KetersediaanTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	final WorkingCalendar calendar = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), () -> Set.of(LocalDate.of(2026, 11, 10)));

	static Instant wib(int m, int d, int h, int min) {
		return LocalDateTime.of(2026, m, d, h, min).atZone(WIB).toInstant();
	}

	static Set<Instant> tiapMenit(Instant dari, Instant sampai) {
		Set<Instant> out = new HashSet<>();
		for (Instant t = dari; t.isBefore(sampai); t = t.plus(1, ChronoUnit.MINUTES)) {
			out.add(t);
		}
		return out;
	}

	@Test
	void aFullWorkingWeekWithEverySampleIsFullyAvailable() {
		// Monday 9 – Sunday 15 November 2026, Tuesday 10 a holiday: four working days of 480 minutes
		Instant dari = wib(11, 9, 0, 0);
		Instant sampai = wib(11, 16, 0, 0);
		Ketersediaan k = Ketersediaan.hitung(calendar, dari, sampai, tiapMenit(dari, sampai));
		assertThat(k.menitKerja()).isEqualTo(4 * 480);
		assertThat(k.menitTersedia()).isEqualTo(4 * 480);
		assertThat(k.persen()).isEqualTo(100.0);
	}

	@Test
	void gapsAndDownSamplesCountAsUnavailableNightsAndHolidaysDoNotCount() {
		Instant dari = wib(11, 9, 0, 0);
		Instant sampai = wib(11, 16, 0, 0);
		Set<Instant> up = tiapMenit(dari, sampai);
		// the app was down Monday 09:00–11:00 (no samples): 120 minutes
		up.removeAll(tiapMenit(wib(11, 9, 9, 0), wib(11, 9, 11, 0)));
		// an outage at night and on the holiday does not count either way
		up.removeAll(tiapMenit(wib(11, 10, 0, 0), wib(11, 11, 7, 0)));
		Ketersediaan k = Ketersediaan.hitung(calendar, dari, sampai, up);
		assertThat(k.menitKerja()).isEqualTo(1920);
		assertThat(k.menitTersedia()).isEqualTo(1800);
		assertThat(k.persen()).isEqualTo(93.75);
		assertThat(k.memenuhi(0.90)).isTrue();
		// one more working day without samples: 1320 of 1920 minutes, below the 90% target
		up.removeAll(tiapMenit(wib(11, 12, 0, 0), wib(11, 13, 0, 0)));
		Ketersediaan buruk = Ketersediaan.hitung(calendar, dari, sampai, up);
		assertThat(buruk.menitTersedia()).isEqualTo(1320);
		assertThat(buruk.memenuhi(0.90)).isFalse();
	}

	@Test
	void thePeriodMayStartAndEndWithinAWorkingDay() {
		// measured from Monday 15:30 (first sample ever) to Wednesday 08:10 (now)
		Ketersediaan k = Ketersediaan.hitung(calendar, wib(11, 9, 15, 30), wib(11, 11, 8, 10),
				Set.copyOf(List.of(wib(11, 9, 15, 30), wib(11, 11, 8, 0))));
		assertThat(k.menitKerja()).isEqualTo(30 + 10);
		assertThat(k.menitTersedia()).isEqualTo(2);
		assertThat(Ketersediaan.hitung(calendar, wib(11, 14, 0, 0), wib(11, 16, 0, 0), Set.of()).persen())
			.as("a weekend has no working minute").isNull();
	}

}
