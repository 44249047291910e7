package id.satudata.shared.jadwal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events between modules whose listener did not complete (the node stopped in the middle, a mail server
 * was down) are handed to their listeners again, by one node at a time, and only once they are older than
 * {@code satudata.jadwal.peristiwa-umur-minimal} (5 minutes). This replaces Spring Modulith's
 * republish-on-restart, which resubmits every incomplete publication of every node at each node's start:
 * with several nodes, a starting node re-ran what another node was still processing (a notification
 * e-mailed twice).
 */
@Component
@ConditionalOnProperty(name = "satudata.jadwal.aktif", havingValue = "true", matchIfMissing = true)
class PeristiwaTertunda {

	private static final Logger log = LoggerFactory.getLogger(PeristiwaTertunda.class);

	private final IncompleteEventPublications publikasi;

	private final Duration umurMinimal;

	PeristiwaTertunda(IncompleteEventPublications publikasi,
			@Value("${satudata.jadwal.peristiwa-umur-minimal:PT5M}") Duration umurMinimal) {
		if (umurMinimal.isNegative()) {
			throw new IllegalArgumentException("satudata.jadwal.peristiwa-umur-minimal must not be negative");
		}
		this.publikasi = publikasi;
		this.umurMinimal = umurMinimal;
	}

	@Scheduled(fixedDelayString = "${satudata.jadwal.peristiwa-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "peristiwa-tertunda", lockAtMostFor = "PT4M")
	void kirimUlang() {
		log.debug("Resubmitting incomplete event publications older than {}", umurMinimal);
		publikasi.resubmitIncompletePublicationsOlderThan(umurMinimal);
	}

}
