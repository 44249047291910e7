package id.satudata.perencanaan.prioritas;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.perencanaan.daftardata.DaftarDataService;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * Data Prioritas recommendations: Bappeda (the Koordinator Forum) recommends an entry of its
 * organization's Daftar Data, naming the criteria it meets and why; the Forum decides in a session
 * (its priority decision settles the recommendation: {@link #putuskan}).
 */
@Service
@Transactional(readOnly = true)
public class PrioritasService {

	private final RekomendasiPrioritasRepository rekomendasi;
	private final DaftarDataService daftarData;
	private final AksesPerencanaan akses;
	private final Notifikasi notifikasi;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	PrioritasService(RekomendasiPrioritasRepository rekomendasi, DaftarDataService daftarData, AksesPerencanaan akses,
			Notifikasi notifikasi, Audit audit, CurrentUser currentUser, Clock clock) {
		this.rekomendasi = rekomendasi;
		this.daftarData = daftarData;
		this.akses = akses;
		this.notifikasi = notifikasi;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Transactional
	public RekomendasiPrioritas rekomendasikan(long entriId, Set<KriteriaPrioritas> kriteria, String justifikasi) {
		Entri e = daftarData.entri(entriId);
		if (!akses.koordinator(e.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Koordinator Forum of this organization");
		}
		if (!e.getStatus().aktif()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "prioritas.galat.tidakAktif", e.getJudul());
		}
		if (e.isPrioritas()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "prioritas.galat.sudahPrioritas", e.getJudul());
		}
		if (kriteria == null || kriteria.isEmpty()) {
			throw new InvalidFieldException("kriteria", "prioritas.galat.kriteria");
		}
		if (justifikasi == null || justifikasi.strip().length() < 20) {
			throw new InvalidFieldException("justifikasi", "prioritas.galat.justifikasi", 20);
		}
		if (justifikasi.length() > 4000) {
			throw new InvalidFieldException("justifikasi", "perencanaan.galat.terlaluPanjang", 4000);
		}
		if (!rekomendasi.findByEntriIdAndStatus(entriId, StatusRekomendasiPrioritas.DIUSULKAN).isEmpty()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "prioritas.galat.sudahDiusulkan", e.getJudul());
		}
		RekomendasiPrioritas r = rekomendasi.save(new RekomendasiPrioritas(e, kriteria, justifikasi,
				currentUser.actorName(), clock.instant()));
		audit.record("dataPrioritas.direkomendasikan", "RekomendasiPrioritas", r.getId(), e.getJudul() + ": "
				+ kriteria.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
		notifikasi.kirim(List.of(Penerima.peran(Peran.WALIDATA, e.getOrganisasiId())), Pemberitahuan.of("perencanaan",
				"notif.prioritas.direkomendasikan", "/kelola/daftar-data/entri/" + e.getId(), e.getJudul()));
		return r;
	}

	/** Whether the entry has a recommendation the Forum has not rejected (only those may become priority). */
	public boolean direkomendasikan(long entriId) {
		return rekomendasi.findByEntriIdOrderByDirekomendasikanPadaDesc(entriId).stream()
			.anyMatch(r -> r.getStatus() != StatusRekomendasiPrioritas.DITOLAK);
	}

	/** The Forum's priority decision on an entry settles its waiting recommendations (audited with the session). */
	@Transactional
	public void putuskan(Entri e, boolean diterima, long forumId, String catatan) {
		for (RekomendasiPrioritas r : rekomendasi.findByEntriIdAndStatus(e.getId(), StatusRekomendasiPrioritas.DIUSULKAN)) {
			r.putuskan(diterima, forumId, catatan, clock.instant());
			audit.record("dataPrioritas.diputuskan", "RekomendasiPrioritas", r.getId(), e.getJudul() + ": " + r.getStatus()
					+ " (Forum #" + forumId + ")");
		}
	}

	public List<RekomendasiPrioritas> untukEntri(long entriId) {
		return rekomendasi.findByEntriIdOrderByDirekomendasikanPadaDesc(entriId);
	}

	List<RekomendasiPrioritas> daftar(Set<Long> organisasiIds, int tahun) {
		return organisasiIds.isEmpty() ? List.of()
				: rekomendasi.findByOrganisasiIdInAndTahunOrderByDirekomendasikanPadaDesc(organisasiIds, tahun);
	}

}
