package id.satudata.pemeriksaan.pengajuan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.satudata.katalog.RilisDiterbitkan;
import id.satudata.shared.security.SystemActor;

/**
 * When the Walidata withdraws from the dataset page a release that came from a producer's
 * submission, the producers who submitted it hear of it: their data left the portal outside the
 * review they followed. Listens to the catalog's {@link RilisDiterbitkan} after the catalog's
 * transaction commits, through the event publication registry, so the message is not lost if the
 * process stops in between. Publication is told by the review's own step
 * ({@link PemberitahuanPengajuan#setelah}), not here.
 */
@Component
class RilisDitarik {

	private final PengajuanRepository pengajuan;
	private final PengajuanViews views;
	private final PemberitahuanPengajuan pemberitahuan;
	private final SystemActor system;

	RilisDitarik(PengajuanRepository pengajuan, PengajuanViews views, PemberitahuanPengajuan pemberitahuan,
			SystemActor system) {
		this.pengajuan = pengajuan;
		this.views = views;
		this.pemberitahuan = pemberitahuan;
		this.system = system;
	}

	@ApplicationModuleListener
	void on(RilisDiterbitkan event) {
		if (event.terbit()) {
			return;
		}
		pengajuan.findFirstByRilisUuid(event.rilisUuid()).ifPresent(p -> {
			// the title as the platform reads it: a restricted dataset keeps its name in the message
			String judul = system.run(() -> views.judul(p));
			pemberitahuan.rilisDitarik(p, judul);
		});
	}

}
