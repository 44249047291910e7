package id.satudata.perencanaan.daftardata;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.perencanaan.UsulanDaftarData;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.web.InvalidFieldException;

/**
 * {@link UsulanDaftarData}: another module's proposal becomes a draft entry through the same
 * validated, audited path as the producer's form ({@link DaftarDataService#usulkan}), with its
 * origin recorded on the entry.
 */
@Service
@Transactional(readOnly = true)
class UsulanDariModulLain implements UsulanDaftarData {

	private final DaftarDataService service;
	private final DaftarDataRepository daftar;
	private final EntriRepository entri;
	private final AksesPerencanaan akses;
	private final Audit audit;

	UsulanDariModulLain(DaftarDataService service, DaftarDataRepository daftar, EntriRepository entri,
			AksesPerencanaan akses, Audit audit) {
		this.service = service;
		this.daftar = daftar;
		this.entri = entri;
		this.akses = akses;
		this.audit = audit;
	}

	@Override
	@Transactional
	public long usulkan(UsulanBaru u) {
		if (!akses.walidata(u.organisasiId())) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
		if (u.judul() == null || u.judul().isBlank()) {
			throw new InvalidFieldException("judul", "validasi.wajib");
		}
		DaftarData d = daftar.findByOrganisasiIdAndTahun(u.organisasiId(), u.tahun())
			.orElseGet(() -> service.buka(u.organisasiId(), u.tahun(), null));
		EntriForm f = new EntriForm();
		f.setJudul(potong(u.judul().strip(), 300));
		f.setDeskripsi(u.deskripsi() == null ? null : potong(u.deskripsi().strip(), 4000));
		f.setProdusenUnitId(u.produsenUnitId());
		Entri e = service.usulkan(d.getId(), f);
		e.berasalDari(potong(u.asalLabel(), 100), u.asalTautan() == null ? null : potong(u.asalTautan(), 300));
		audit.record("daftarData.entri.asal", "EntriDaftarData", e.getId(), e.getJudul() + " berasal dari " + u.asalLabel());
		return e.getId();
	}

	@Override
	public Optional<StatusUsulan> status(long entriId) {
		return entri.findById(entriId).map(e -> new StatusUsulan(e.getId(), e.getTahun(), e.getJudul(), e.getStatus().name(),
				e.getStatus().labelKey(), e.getStatus() == StatusEntri.DISETUJUI,
				e.getStatus() == StatusEntri.DITOLAK || e.getStatus() == StatusEntri.DIBATALKAN, e.getDatasetId()));
	}

	private static String potong(String s, int maks) {
		return s.length() > maks ? s.substring(0, maks) : s;
	}

}
