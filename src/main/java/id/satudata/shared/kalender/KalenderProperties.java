package id.satudata.shared.kalender;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working calendar ({@code satudata.kalender.*}): time zone and opening hours. Holidays and
 * collective leave days are data, managed by the administrator.
 */
@ConfigurationProperties("satudata.kalender")
public record KalenderProperties(ZoneId zone, LocalTime jamBuka, LocalTime jamTutup, Set<DayOfWeek> hariKerja) {

	public KalenderProperties {
		zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
		jamBuka = jamBuka == null ? LocalTime.of(8, 0) : jamBuka;
		jamTutup = jamTutup == null ? LocalTime.of(16, 0) : jamTutup;
		hariKerja = hariKerja == null || hariKerja.isEmpty()
				? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : hariKerja;
	}

}
