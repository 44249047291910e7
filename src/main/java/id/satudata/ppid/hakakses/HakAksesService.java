package id.satudata.ppid.hakakses;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.HakAksesKhusus;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * The grants of access a granted request gives, and the catalog's view of them
 * ({@link HakAksesKhusus}): asked on every request, so an expired or revoked grant stops access at
 * once. Granting and revoking are steps of the request ({@code permohonan.PermohonanService}), which
 * checks who acts; this service records and audits them.
 */
@Service
@Transactional(readOnly = true)
public class HakAksesService implements HakAksesKhusus {

	private final HakAksesRepository repository;
	private final Audit audit;
	private final Clock clock;

	HakAksesService(HakAksesRepository repository, Audit audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Set<Long> datasetDiberikan(long penggunaId) {
		return repository.datasetBerlaku(penggunaId, clock.instant());
	}

	/** Gives the grant; call inside the step that grants the request. */
	@Transactional(propagation = Propagation.MANDATORY)
	public HakAkses beri(long permohonanId, String nomor, long penggunaId, long datasetId, Instant berakhir,
			String oleh) {
		HakAkses hak = repository.save(new HakAkses(permohonanId, penggunaId, datasetId, clock.instant(), berakhir, oleh));
		audit.record("ppid.aksesDiberikan", "HakAkses", hak.getId(),
				nomor + ": dataset " + datasetId + " untuk pengguna " + penggunaId + " sampai " + berakhir);
		return hak;
	}

	/** Revokes a grant of the request now; call after checking the caller is the request's PPID. */
	@Transactional(propagation = Propagation.MANDATORY)
	public HakAkses cabut(long permohonanId, String nomor, long hakId, String oleh, String alasan) {
		HakAkses hak = repository.findById(hakId).filter(h -> h.getPermohonanId() == permohonanId)
			.orElseThrow(() -> new NotFoundException("ppid.galat.hakTidakAda"));
		Instant now = clock.instant();
		if (!hak.berlaku(now)) {
			throw new UserFacingException(org.springframework.http.HttpStatus.CONFLICT, "ppid.galat.hakTidakBerlaku");
		}
		hak.cabut(oleh, alasan, now);
		audit.record("ppid.aksesDicabut", "HakAkses", hak.getId(), nomor + ": dataset " + hak.getDatasetId()
				+ " untuk pengguna " + hak.getPenggunaId() + " dicabut: " + alasan);
		return hak;
	}

	public List<HakAkses> milikPermohonan(long permohonanId) {
		return repository.findByPermohonanIdOrderByIdAsc(permohonanId);
	}

}
