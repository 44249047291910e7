package id.satudata.ppid.permohonan;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.StubDataset;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.NotFoundException;

/**
 * The parts the current user plays for a request ({@link PeranPermohonan}) and what they may see
 * of it: nobody without a part sees it at all (404); the requester's personal data only the
 * requester, the PPID and the superior who decide (not those asked for a view).
 */
@Component
class PpidAkses {

	private final PermohonanRepository repository;
	private final CurrentUser currentUser;
	private final Katalog katalog;

	PpidAkses(PermohonanRepository repository, CurrentUser currentUser, Katalog katalog) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.katalog = katalog;
	}

	Set<PeranPermohonan> peran(Permohonan p) {
		SatuDataUser user = currentUser.get().orElse(null);
		Set<PeranPermohonan> out = EnumSet.noneOf(PeranPermohonan.class);
		if (user == null) {
			return out;
		}
		if (user.getId() == p.getPemohonId()) {
			out.add(PeranPermohonan.PEMOHON);
		}
		long org = p.getOrganisasiId();
		if (currentUser.hasIn(Peran.PPID, org)) {
			out.add(PeranPermohonan.PPID);
		}
		if (currentUser.hasIn(Peran.KEPALA_DINAS, org)) {
			out.add(PeranPermohonan.ATASAN);
		}
		if (currentUser.hasIn(Peran.WALIDATA, org) || produsen(p)) {
			out.add(PeranPermohonan.PEMBERI_PENDAPAT);
		}
		return out;
	}

	private boolean produsen(Permohonan p) {
		if (p.getDatasetId() == null || !currentUser.has(Peran.PRODUSEN_DATA)) {
			return false;
		}
		return katalog.stubTerbatas(p.getDatasetId())
			.map(s -> currentUser.hasForUnit(Peran.PRODUSEN_DATA, s.organisasiId(), s.produsenUnitId())).orElse(false);
	}

	/** Whether the user may see the requester's identity, address and contact. */
	boolean bolehLihatDataPribadi(Set<PeranPermohonan> peran) {
		return peran.contains(PeranPermohonan.PEMOHON) || peran.contains(PeranPermohonan.PPID)
				|| peran.contains(PeranPermohonan.ATASAN);
	}

	/** The request, if the user plays a part in it. */
	Permohonan lihat(String nomor) {
		Permohonan p = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("ppid.galat.tidakAda"));
		if (peran(p).isEmpty()) {
			throw new NotFoundException("ppid.galat.tidakAda");
		}
		return p;
	}

	/** Organizations whose register the user reads: as PPID, Walidata or Kepala Dinas. */
	Set<Long> organisasiTerlihat() {
		Set<Long> out = new HashSet<>(currentUser.organisasiWith(Peran.PPID));
		out.addAll(currentUser.organisasiWith(Peran.WALIDATA));
		out.addAll(currentUser.organisasiWith(Peran.KEPALA_DINAS));
		return out;
	}

	/** Datasets whose requests the user reads as their producer. */
	Set<Long> datasetTerlihat() {
		Set<Long> unit = currentUser.unitsWith(Peran.PRODUSEN_DATA);
		Set<Long> out = new HashSet<>();
		if (!unit.isEmpty()) {
			katalog.datasetProdusen(unit).stream().map(DatasetRingkas::id).forEach(out::add);
		}
		return out;
	}

	/** Whether the user is PPID of any organization. */
	boolean ppid() {
		return currentUser.has(Peran.PPID);
	}

	StubDataset stubUntuk(Permohonan p) {
		return p.getDatasetId() == null ? null : katalog.stubTerbatas(p.getDatasetId()).orElse(null);
	}

}
