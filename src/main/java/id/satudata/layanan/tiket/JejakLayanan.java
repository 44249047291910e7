package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;

/**
 * Writes the history rows of requests, complaints and recommendations (who, when, the note, and
 * the working time a level held the object against its target) and reads them back.
 */
@Component
public class JejakLayanan {

	private final RiwayatLayananRepository repository;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Clock clock;

	JejakLayanan(RiwayatLayananRepository repository, CurrentUser currentUser, WorkingCalendar calendar, Clock clock) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** One step of the history. */
	public record Langkah(String objekTipe, long objekId, String aksi, String dari, String ke, TingkatLayanan tingkat,
			TingkatLayanan keTingkat, String catatan, boolean publik, Instant mulai, Integer sasaranMenit) {
	}

	public RiwayatLayanan catat(Langkah l) {
		Instant now = clock.instant();
		SatuDataUser user = currentUser.get().orElse(null);
		Long detik = l.mulai() == null ? null : calendar.workingTimeBetween(l.mulai(), now).getSeconds();
		return repository.save(new RiwayatLayanan(l.objekTipe(), l.objekId(), l.aksi(), l.dari(), l.ke(),
				l.tingkat() == null ? null : l.tingkat().name(), l.keTingkat() == null ? null : l.keTingkat().name(),
				user == null ? null : user.getId(), currentUser.actorName(), user == null ? null : user.getNamaLengkap(),
				l.catatan(), l.publik(), l.mulai(), now, l.sasaranMenit(), detik));
	}

	public List<RiwayatLayanan> riwayat(String objekTipe, long objekId) {
		return repository.findByObjekTipeAndObjekIdOrderByWaktuAscIdAsc(objekTipe, objekId);
	}

	/**
	 * The steps shown to the requester: every step, but the template shows a step's note only when it
	 * is {@code publik} (internal disposition notes and escalation reasons stay internal) and never
	 * the staff's names.
	 */
	List<RiwayatLayanan> riwayatPublik(String objekTipe, long objekId) {
		return riwayat(objekTipe, objekId);
	}

}
