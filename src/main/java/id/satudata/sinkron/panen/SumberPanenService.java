package id.satudata.sinkron.panen;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.sinkron.internal.KlienAman;
import id.satudata.sinkron.internal.TujuanDitolak;
import jakarta.annotation.PreDestroy;

/**
 * Harvest sources as their Walidata (of the registering organization) or an administrator manages
 * them: register, change, map organizations, run by hand. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class SumberPanenService {

	private final SumberPanenRepository sumberRepo;
	private final PemetaanOrganisasiRepository pemetaanRepo;
	private final JalanPanenRepository jalanRepo;
	private final ItemPanenRepository itemRepo;
	private final PanenService panen;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final KlienAman klien;
	private final Audit audit;
	private final Clock clock;
	private final ExecutorService pelaksana = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "panen");
		t.setDaemon(true);
		return t;
	});

	SumberPanenService(SumberPanenRepository sumberRepo, PemetaanOrganisasiRepository pemetaanRepo,
			JalanPanenRepository jalanRepo, ItemPanenRepository itemRepo, PanenService panen,
			OrganisasiDirectory organisasi, CurrentUser currentUser, KlienAman klien, Audit audit, Clock clock) {
		this.sumberRepo = sumberRepo;
		this.pemetaanRepo = pemetaanRepo;
		this.jalanRepo = jalanRepo;
		this.itemRepo = itemRepo;
		this.panen = panen;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.klien = klien;
		this.audit = audit;
		this.clock = clock;
	}

	@PreDestroy
	void berhenti() {
		pelaksana.shutdownNow();
	}

	private boolean admin() {
		return currentUser.has(Peran.ADMIN);
	}

	/** The organizations the caller may register sources for. */
	public List<OrganisasiRef> organisasiKelolaan() {
		if (admin()) {
			return organisasi.semuaOrganisasi();
		}
		Set<Long> ids = currentUser.organisasiWith(Peran.WALIDATA);
		return organisasi.semuaOrganisasi().stream().filter(o -> ids.contains(o.id())).toList();
	}

	public List<SumberPanen> daftar() {
		return admin() ? sumberRepo.findAllByOrderByNamaAsc()
				: sumberRepo.findByOrganisasiIdInOrderByNamaAsc(currentUser.organisasiWith(Peran.WALIDATA));
	}

	public SumberPanen sumber(long id) {
		SumberPanen s = sumberRepo.findById(id).orElseThrow(() -> new NotFoundException("panen.galat.tidakAda"));
		if (!admin() && !currentUser.hasIn(Peran.WALIDATA, s.getOrganisasiId())) {
			throw new AccessDeniedException("Not the Walidata of this source's organization");
		}
		return s;
	}

	/** The producers a new source of this organization may default to; only for an organization the caller manages. */
	public List<UnitRef> unitTujuanKelolaan(long organisasiId) {
		pastikanKelolaan(organisasiId);
		return unitTujuan(organisasiId);
	}

	private void pastikanKelolaan(long organisasiId) {
		if (organisasiKelolaan().stream().noneMatch(o -> o.id() == organisasiId)) {
			throw new AccessDeniedException("Not the Walidata of this organization");
		}
	}

	/** The producers a source's datasets may be mapped to: those of its organization and the ones below. */
	public List<UnitRef> unitTujuan(long organisasiId) {
		return organisasi.organisasiDanTurunan(organisasiId).stream()
			.flatMap(o -> organisasi.unitBerjenis(o.id(), JenisUnit.PRODUSEN_DATA).stream())
			.filter(UnitRef::aktif).toList();
	}

	@Transactional
	public SumberPanen buat(SumberForm f) {
		long org = f.getOrganisasiId() == null ? organisasiKelolaan().stream().findFirst().map(OrganisasiRef::id)
			.orElseThrow(() -> new AccessDeniedException("No organization")) : f.getOrganisasiId();
		pastikanKelolaan(org);
		periksa(f, org);
		SumberPanen s = new SumberPanen(org, clock.instant());
		s.ubah(f);
		s = sumberRepo.save(s);
		audit.record("panen.sumberDibuat", "SumberPanen", s.getId(), s.getNama() + " (" + s.getJenis() + ", "
				+ s.getUrlDasar() + ")");
		return s;
	}

	@Transactional
	public SumberPanen ubah(long id, SumberForm f) {
		SumberPanen s = sumber(id);
		periksa(f, s.getOrganisasiId());
		s.ubah(f);
		audit.record("panen.sumberDiubah", "SumberPanen", s.getId(), s.getNama() + " (" + s.getJenis() + ", "
				+ s.getUrlDasar() + (s.isAktif() ? "" : ", nonaktif") + ")");
		return s;
	}

	private void periksa(SumberForm f, long org) {
		try {
			String url = SumberForm.normalUrl(f.getUrlDasar());
			klien.periksaAlamat(java.net.URI.create(url).getHost());
		}
		catch (TujuanDitolak e) {
			throw new InvalidFieldException("urlDasar", e.getMessageKey(), e.getArgs());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException("urlDasar", "panen.validasi.url");
		}
		if (f.getUnitBawaanId() != null && unitTujuan(org).stream().noneMatch(u -> u.id() == f.getUnitBawaanId())) {
			throw new InvalidFieldException("unitBawaanId", "panen.galat.unitLain");
		}
	}

	public List<PemetaanOrganisasi> pemetaan(long sumberId) {
		sumber(sumberId);
		return pemetaanRepo.findBySumberIdOrderByOrganisasiAsalAsc(sumberId);
	}

	/** Maps a source organization (by its name there) to a local producer; {@code unitId} null removes the mapping. */
	@Transactional
	public void petakan(long sumberId, String organisasiAsal, Long unitId) {
		SumberPanen s = sumber(sumberId);
		String asal = organisasiAsal == null ? "" : organisasiAsal.strip();
		if (asal.isEmpty() || asal.length() > 200) {
			throw new InvalidFieldException("organisasiAsal", "validasi.wajib");
		}
		var ada = pemetaanRepo.findBySumberIdAndOrganisasiAsal(sumberId, asal);
		if (unitId == null) {
			ada.ifPresent(pemetaanRepo::delete);
			audit.record("panen.pemetaanDihapus", "SumberPanen", sumberId, s.getNama() + ": " + asal);
			return;
		}
		if (unitTujuan(s.getOrganisasiId()).stream().noneMatch(u -> u.id() == unitId)) {
			throw new InvalidFieldException("unitId", "panen.galat.unitLain");
		}
		if (ada.isPresent()) {
			ada.get().ubahUnit(unitId);
		}
		else {
			pemetaanRepo.save(new PemetaanOrganisasi(sumberId, asal, unitId));
		}
		audit.record("panen.dipetakan", "SumberPanen", sumberId, s.getNama() + ": " + asal + " → unit #" + unitId);
	}

	/** Starts a run by hand in the background (committed first); its page shows the progress. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public JalanPanen jalankan(long sumberId) {
		JalanPanen j = mulai(sumberId);
		pelaksana.execute(() -> panen.jalankan(j.getId()));
		return j;
	}

	/** Runs by hand and waits for the end (the operator's command, tests); each dataset its own transaction. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public JalanPanen jalankanSekarang(long sumberId) {
		return panen.jalankan(mulai(sumberId).getId());
	}

	private JalanPanen mulai(long sumberId) {
		SumberPanen s = sumber(sumberId);
		if (!s.isAktif()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "panen.galat.nonaktif");
		}
		return panen.mulai(s, "MANUAL", currentUser.actorName());
	}

	public List<JalanPanen> riwayat(long sumberId) {
		sumber(sumberId);
		return jalanRepo.findTop20BySumberIdOrderByMulaiDesc(sumberId);
	}

	public JalanPanen jalan(long sumberId, long jalanId) {
		sumber(sumberId);
		return jalanRepo.findById(jalanId).filter(j -> j.getSumberId() == sumberId)
			.orElseThrow(() -> new NotFoundException("panen.galat.tidakAda"));
	}

	public List<ItemPanen> laporan(long sumberId, long jalanId) {
		return itemRepo.findByJalanIdOrderByIdAsc(jalan(sumberId, jalanId).getId());
	}

}
