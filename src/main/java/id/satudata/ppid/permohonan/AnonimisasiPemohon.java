package id.satudata.ppid.permohonan;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.ppid.internal.PpidProperties;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Keeps requesters' personal data only as long as configured (UU PDP 27/2022,
 * {@code satudata.ppid.retensi-data-pribadi}, default two years): every night at 02:00 WIB, closed
 * requests (granted, refused, objection refused, withdrawn) unchanged for longer have the name,
 * identity number, address, phone, e-mail and occupation replaced; what was asked and decided stays,
 * so the register and the reports still count them. One node at a time (ShedLock).
 */
@Component
class AnonimisasiPemohon {

	private final PermohonanRepository repository;
	private final PpidProperties properties;
	private final WorkingCalendar calendar;
	private final Audit audit;
	private final Clock clock;

	AnonimisasiPemohon(PermohonanRepository repository, PpidProperties properties, WorkingCalendar calendar, Audit audit,
			Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${satudata.ppid.anonimisasi-cron:0 0 2 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "ppid-anonimisasi-pemohon")
	void terjadwal() {
		jalankan(clock.instant());
	}

	/** Anonymises what is due at {@code now}; answers how many requests. */
	@Transactional
	int jalankan(Instant now) {
		Instant batas = now.atZone(calendar.zone()).minus(properties.retensiDataPribadi()).toInstant();
		int n = 0;
		for (Permohonan p : repository.untukDianonimkan(EnumSet.of(StatusPermohonan.DIKABULKAN, StatusPermohonan.DITOLAK,
				StatusPermohonan.KEBERATAN_DITOLAK, StatusPermohonan.DIBATALKAN), batas)) {
			p.anonimkan(now);
			audit.recordAs("sistem", "ppid.dianonimkan", "Permohonan", p.getId(),
					p.getNomor() + ": data pribadi pemohon dianonimkan (retensi " + properties.retensiDataPribadi() + ")");
			n++;
		}
		return n;
	}

}
