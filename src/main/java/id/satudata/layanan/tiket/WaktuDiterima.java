package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import id.satudata.shared.web.InvalidFieldException;

/** When a ticket recorded by staff arrived: a local date-time (WIB), not in the future, not before 2000. */
final class WaktuDiterima {

	private WaktuDiterima() {
	}

	static Instant baca(String field, String value, ZoneId zone, Clock clock) {
		Instant now = clock.instant();
		if (value == null || value.isBlank()) {
			return now;
		}
		Instant t;
		try {
			t = LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "layanan.galat.waktu");
		}
		if (t.isAfter(now.plusSeconds(60)) || t.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
			throw new InvalidFieldException(field, "layanan.galat.waktuDiterima");
		}
		return t.isAfter(now) ? now : t;
	}

}
