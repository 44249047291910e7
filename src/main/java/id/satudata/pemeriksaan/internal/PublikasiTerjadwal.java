package id.satudata.pemeriksaan.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.WorkingCalendar;

/** Publishes checked submissions on their scheduled release date (one node at a time). */
@Component
class PublikasiTerjadwal {

	private static final Logger log = LoggerFactory.getLogger(PublikasiTerjadwal.class);

	private final PemeriksaanService service;
	private final WorkingCalendar calendar;
	private final Clock clock;

	PublikasiTerjadwal(PemeriksaanService service, WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Scheduled(cron = "${satudata.pemeriksaan.job-cron:0 */15 * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "pemeriksaan-terbit-terjadwal")
	void run() {
		if (!service.waktunyaTerbit(clock.instant())) {
			return;
		}
		int n = service.terbitkanTerjadwal(LocalDate.now(clock.withZone(calendar.zone())));
		if (n > 0) {
			log.info("Published {} scheduled releases", n);
		}
	}

}
