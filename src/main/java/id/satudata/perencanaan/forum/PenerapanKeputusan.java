package id.satudata.perencanaan.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.perencanaan.daftardata.AksiEntri;
import id.satudata.perencanaan.daftardata.AlurEntri;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.PeranEntri;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.daftardata.TautanKatalog;
import id.satudata.perencanaan.daftardata.TransisiEntri;
import id.satudata.perencanaan.prioritas.PrioritasService;
import id.satudata.shared.alur.TransisiDitolak;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.UserFacingException;

/**
 * Applies a Forum session's decision to the entry it names: its access level, its priority (which
 * settles Bappeda's recommendation), then its status through {@link AlurEntri} as the Forum. Each
 * change is audited with the session it came from. {@link #periksa} checks a decision without
 * changing anything, so a session is set only when every decision can apply.
 */
@Component
class PenerapanKeputusan {

	private static final Set<PeranEntri> FORUM = EnumSet.of(PeranEntri.FORUM);

	private final PrioritasService prioritas;
	private final TransisiEntri transisi;
	private final TautanKatalog tautan;
	private final Audit audit;
	private final Clock clock;

	PenerapanKeputusan(PrioritasService prioritas, TransisiEntri transisi, TautanKatalog tautan, Audit audit,
			Clock clock) {
		this.prioritas = prioritas;
		this.transisi = transisi;
		this.tautan = tautan;
		this.audit = audit;
		this.clock = clock;
	}

	/** Refuses (with the entry's title in the message) a decision that cannot apply to the entry as it is now. */
	void periksa(Entri e, KeputusanEntri k) {
		AksiEntri aksi = k.getKeputusan().aksi();
		StatusEntri akhir;
		try {
			akhir = aksi == null ? e.getStatus() : AlurEntri.jalankan(e.getStatus(), aksi, FORUM, k.getCatatan());
		}
		catch (TransisiDitolak ex) {
			// the refusal's reason, named with the entry it concerns
			throw new UserFacingException(ex.getStatus(), "forum.galat.keputusan", e.getJudul(),
					new DefaultMessageSourceResolvable(new String[] { ex.getMessageKey() }, ex.getArgs()));
		}
		if (k.getPrioritas() == PrioritasForum.YA) {
			if (akhir == StatusEntri.DITOLAK || akhir == StatusEntri.DIBATALKAN) {
				throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.prioritasTidakAktif", e.getJudul());
			}
			if (!prioritas.direkomendasikan(e.getId())) {
				throw new UserFacingException(HttpStatus.CONFLICT, "forum.galat.tanpaRekomendasi", e.getJudul());
			}
		}
		if (k.getKeputusan() == KeputusanForum.TETAP && k.getPrioritas() == PrioritasForum.TETAP && k.getAkses() == null
				&& (k.getCatatan() == null || k.getCatatan().isBlank())) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "forum.galat.keputusanKosong", e.getJudul());
		}
	}

	void terapkan(Entri e, KeputusanEntri k, long forumId) {
		periksa(e, k);
		Instant now = clock.instant();
		if (k.getAkses() != null && k.getAkses() != e.getAkses()) {
			String sebelum = e.getAkses().name();
			e.batasiAkses(k.getAkses(), now);
			audit.record("daftarData.entri.aksesDiubah", "EntriDaftarData", e.getId(), e.getJudul() + ": akses " + sebelum
					+ " → " + k.getAkses() + " (Forum #" + forumId + ")");
		}
		boolean prioritasBerubah = false;
		if (k.getPrioritas() != PrioritasForum.TETAP) {
			boolean ya = k.getPrioritas() == PrioritasForum.YA;
			prioritasBerubah = ya != e.isPrioritas();
			e.tetapkanPrioritas(ya, now);
			prioritas.putuskan(e, ya, forumId, k.getCatatan());
			audit.record("daftarData.entri.prioritas", "EntriDaftarData", e.getId(), e.getJudul() + ": Data Prioritas "
					+ (ya ? "ya" : "tidak") + " (Forum #" + forumId + ")");
		}
		AksiEntri aksi = k.getKeputusan().aksi();
		if (aksi != null) {
			transisi.jalankan(e, aksi, FORUM, k.getCatatan(), forumId);
		}
		else if (prioritasBerubah && e.getStatus() == StatusEntri.DISETUJUI) {
			// an approved entry's dataset shows the new priority too
			e.tautkanDataset(tautan.pastikan(e), now);
		}
	}

}
