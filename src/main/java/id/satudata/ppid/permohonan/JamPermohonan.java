package id.satudata.ppid.permohonan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.WorkingCalendar;

/** The clock of a request as the requester and the PPID see it: the limit and the working days left. */
@Component
class JamPermohonan {

	/** @param sisaHariKerja working days left until the limit's day (0: due today; negative: late) */
	record Jam(boolean berjalan, Instant tenggat, long sisaHariKerja, boolean terlambat) {
	}

	private final WorkingCalendar calendar;
	private final Clock clock;

	JamPermohonan(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	Jam jam(Permohonan p) {
		if (!p.jamBerjalan()) {
			return new Jam(false, p.getTenggat(), 0, false);
		}
		Instant now = clock.instant();
		LocalDate hariIni = LocalDate.ofInstant(now, calendar.zone());
		LocalDate batas = LocalDate.ofInstant(p.getTenggat(), calendar.zone());
		boolean terlambat = now.isAfter(p.getTenggat());
		long sisa = terlambat ? -calendar.workingDaysBetween(batas, hariIni) : calendar.workingDaysBetween(hariIni, batas);
		return new Jam(true, p.getTenggat(), sisa, terlambat);
	}

}
