package id.satudata.pemeriksaan.publikasi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.internal.PemeriksaanProperties;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Publishes checked submissions on their scheduled release date (one node at a time), from the
 * configured hour: the step itself is {@link Pemeriksaan#terbitkanTerjadwal}.
 */
@Component
class PublikasiTerjadwal {

	private static final Logger log = LoggerFactory.getLogger(PublikasiTerjadwal.class);

	private final Pemeriksaan pemeriksaan;
	private final PemeriksaanProperties properties;
	private final WorkingCalendar calendar;
	private final Clock clock;

	PublikasiTerjadwal(Pemeriksaan pemeriksaan, PemeriksaanProperties properties, WorkingCalendar calendar, Clock clock) {
		this.pemeriksaan = pemeriksaan;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Scheduled(cron = "${satudata.pemeriksaan.job-cron:0 */15 * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "pemeriksaan-terbit-terjadwal")
	void run() {
		if (!waktunyaTerbit(clock.instant())) {
			return;
		}
		int n = pemeriksaan.terbitkanTerjadwal(LocalDate.now(clock.withZone(calendar.zone())));
		if (n > 0) {
			log.info("Published {} scheduled releases", n);
		}
	}

	/** When the job should publish: from the configured hour (WIB) of the release date. */
	boolean waktunyaTerbit(Instant now) {
		ZonedDateTime local = now.atZone(calendar.zone());
		return !local.toLocalTime().isBefore(properties.jamTerbit());
	}

}
