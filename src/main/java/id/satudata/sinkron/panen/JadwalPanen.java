package id.satudata.sinkron.panen;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.satudata.shared.web.UserFacingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs every active source whose interval has passed since its last run; one node at a time
 * (ShedLock, shared.jadwal), one source after the other.
 */
@Component
class JadwalPanen {

	private final SumberPanenRepository sumberRepo;
	private final PanenService panen;
	private final Clock clock;

	JadwalPanen(SumberPanenRepository sumberRepo, PanenService panen, Clock clock) {
		this.sumberRepo = sumberRepo;
		this.panen = panen;
		this.clock = clock;
	}

	@Scheduled(cron = "${satudata.sinkron.panen-cron:0 */10 * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "sinkron-panen", lockAtMostFor = "PT6H")
	void run() {
		jalankanYangJatuhTempo();
	}

	int jalankanYangJatuhTempo() {
		int n = 0;
		for (SumberPanen s : sumberRepo.findByAktifTrue()) {
			if (s.jatuhTempo(clock.instant())) {
				try {
					panen.jalankan(panen.mulai(s, "JADWAL", "sistem").getId());
					n++;
				}
				catch (UserFacingException e) {
					// already running (by hand): the next tick tries again
				}
			}
		}
		return n;
	}

}
