package id.satudata.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.KalenderProperties;

/**
 * Dates and times for templates ({@code ${@waktu.tanggal(x)}}), in the office's time zone and the
 * request's language: "5 Mei 2025", "5 Mei 2025 14.30".
 */
@Component("waktu")
public class Waktu {

	private final ZoneId zone;

	public Waktu(KalenderProperties kalender) {
		this.zone = kalender.zone();
	}

	public String tanggal(Instant t) {
		return t == null ? "" : tanggal(t.atZone(zone).toLocalDate());
	}

	public String tanggal(LocalDate d) {
		return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale()).format(d);
	}

	public String tanggalJam(Instant t) {
		return t == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale()).format(t.atZone(zone));
	}

	public ZoneId zone() {
		return zone;
	}

}
