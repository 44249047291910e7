package id.satudata.perencanaan.daftardata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.Peran;

/**
 * Takes one step of {@link AlurEntri} on an entry: the status, the audit event, the notifications;
 * on approval the entry's dataset is created or linked in the catalog (a direct call: the approval
 * and its dataset are one transaction). Call inside the transaction of the change.
 */
@Component
public class TransisiEntri {

	private final TautanKatalog tautan;
	private final Notifikasi notifikasi;
	private final Audit audit;
	private final Clock clock;

	TransisiEntri(TautanKatalog tautan, Notifikasi notifikasi, Audit audit, Clock clock) {
		this.tautan = tautan;
		this.notifikasi = notifikasi;
		this.audit = audit;
		this.clock = clock;
	}

	public void jalankan(Entri e, AksiEntri aksi, Set<PeranEntri> peran, String catatan, Long forumId) {
		StatusEntri dari = e.getStatus();
		StatusEntri ke = AlurEntri.jalankan(dari, aksi, peran, catatan);
		Instant now = clock.instant();
		e.ubahStatus(ke, forumId, now);
		audit.record("daftarData.entri." + aksi.name().toLowerCase(java.util.Locale.ROOT), "EntriDaftarData", e.getId(),
				e.getJudul() + ": " + dari + " → " + ke + (forumId == null ? "" : " (Forum #" + forumId + ")")
						+ (catatan == null || catatan.isBlank() ? "" : " — " + catatan.strip()));
		String link = "/kelola/daftar-data/entri/" + e.getId();
		List<Penerima> produsen = List.of(Penerima.peranUnit(Peran.PRODUSEN_DATA, e.getOrganisasiId(),
				e.getProdusenUnitId()), Penerima.peranUnit(Peran.WALIDATA_PENDUKUNG, e.getOrganisasiId(),
						e.getProdusenUnitId()));
		switch (aksi) {
			case AJUKAN -> notifikasi.kirim(List.of(Penerima.peran(Peran.KOORDINATOR_FORUM, e.getOrganisasiId())),
					Pemberitahuan.of("perencanaan", "notif.entri.diajukan", link, e.getJudul()));
			case SETUJUI -> {
				long dataset = tautan.pastikan(e);
				e.tautkanDataset(dataset, now);
				notifikasi.kirim(produsen, Pemberitahuan.of("perencanaan", "notif.entri.disetujui", link, e.getJudul(),
						String.valueOf(e.getTahun())));
			}
			case TOLAK, KEMBALIKAN, BATALKAN -> notifikasi.kirim(produsen, Pemberitahuan.of("perencanaan",
					"notif.entri." + ke.name().toLowerCase(java.util.Locale.ROOT), link, e.getJudul(),
					catatan == null ? "" : catatan.strip()));
		}
	}

}
