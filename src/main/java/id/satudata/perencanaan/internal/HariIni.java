package id.satudata.perencanaan.internal;

import java.time.Clock;
import java.time.LocalDate;

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

}
