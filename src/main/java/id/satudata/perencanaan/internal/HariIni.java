package id.satudata.perencanaan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.WorkingCalendar;

/** Today's date on the working calendar's zone (WIB), the day planning pages and reminders count from. */
@Component
public class HariIni {

	private final Clock clock;
	private final WorkingCalendar kalender;

	HariIni(Clock clock, WorkingCalendar kalender) {
		this.clock = clock;
		this.kalender = kalender;
	}

	public LocalDate tanggal() {
		return LocalDate.now(clock.withZone(kalender.zone()));
	}

	/** Today, when it is a working day (the day a daily job does its work). */
	public Optional<LocalDate> hariKerja() {
		LocalDate today = tanggal();
		return kalender.isWorkingDay(today) ? Optional.of(today) : Optional.empty();
	}

}
