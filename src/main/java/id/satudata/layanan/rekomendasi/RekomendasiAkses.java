package id.satudata.layanan.rekomendasi;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.NotFoundException;

/**
 * Who plays which part for a recommendation request: the requesting unit's Produsen Data or
 * Walidata Pendukung ask ({@link PeranRekomendasi#PEMOHON}); the Pembina Data of statistics of the
 * request's organization (the BPS office) examines ({@link PeranRekomendasi#PEMBINA}). The service
 * desk (the letter is addressed to the Kepala Dinas), the organization's Walidata and administrators
 * read along.
 */
@Component
class RekomendasiAkses {

	private final RekomendasiRepository repository;
	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;
	private final LayananAkses layanan;

	RekomendasiAkses(RekomendasiRepository repository, CurrentUser currentUser, OrganisasiDirectory organisasi,
			LayananAkses layanan) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.organisasi = organisasi;
		this.layanan = layanan;
	}

	/** A request the user may see. */
	Rekomendasi lihat(String nomor) {
		Rekomendasi r = repository.findByNomor(nomor).orElseThrow(() -> new NotFoundException("rekomendasi.galat.tidakAda"));
		if (!bolehLihat(r)) {
			throw new AccessDeniedException("May not see this recommendation request");
		}
		return r;
	}

	Rekomendasi lihat(long id) {
		return lihat(repository.findById(id).orElseThrow(() -> new NotFoundException("rekomendasi.galat.tidakAda")).getNomor());
	}

	Set<PeranRekomendasi> peran(Rekomendasi r) {
		Set<PeranRekomendasi> out = EnumSet.noneOf(PeranRekomendasi.class);
		if (pemohon(r.getOrganisasiId(), r.getPemohonUnitId())) {
			out.add(PeranRekomendasi.PEMOHON);
		}
		if (pembina(r.getOrganisasiId())) {
			out.add(PeranRekomendasi.PEMBINA);
		}
		return out;
	}

	boolean pemohon(long organisasiId, long unitId) {
		return currentUser.hasForUnit(Peran.PRODUSEN_DATA, organisasiId, unitId)
				|| currentUser.hasForUnit(Peran.WALIDATA_PENDUKUNG, organisasiId, unitId);
	}

	/** The Pembina Data of statistics in the organization (for one of its BPS units). */
	boolean pembina(long organisasiId) {
		return unitPembina(organisasiId).map(u -> currentUser.hasForUnit(Peran.PEMBINA_DATA, organisasiId, u.id()))
			.orElse(false);
	}

	Optional<UnitRef> unitPembina(long organisasiId) {
		return organisasi.unitBerjenis(organisasiId, JenisUnit.PEMBINA_DATA_STATISTIK).stream().filter(UnitRef::aktif)
			.findFirst();
	}

	boolean bolehLihat(Rekomendasi r) {
		return !peran(r).isEmpty() || layanan.bolehLihat(r.getOrganisasiId())
				|| currentUser.hasIn(Peran.WALIDATA, r.getOrganisasiId());
	}

	/** The producer units for which the user may ask for a recommendation. */
	List<UnitRef> unitPemohon() {
		return unitTerlihat().stream().map(organisasi::unit).flatMap(Optional::stream)
			.filter(u -> u.aktif() && u.jenis() == JenisUnit.PRODUSEN_DATA).sorted(Comparator.comparing(UnitRef::nama))
			.toList();
	}

	/** Units and organizations whose requests the user sees in the list. */
	Set<Long> unitTerlihat() {
		Set<Long> ids = new HashSet<>(currentUser.unitsWith(Peran.PRODUSEN_DATA));
		ids.addAll(currentUser.unitsWith(Peran.WALIDATA_PENDUKUNG));
		return ids;
	}

	Set<Long> organisasiTerlihat() {
		Set<Long> ids = new HashSet<>(layanan.organisasiTerlihat());
		ids.addAll(currentUser.organisasiWith(Peran.WALIDATA));
		ids.addAll(organisasiPembina());
		return ids;
	}

	/** The organizations whose requests the user examines as their Pembina Data. */
	Set<Long> organisasiPembina() {
		Set<Long> ids = new HashSet<>();
		for (Long org : currentUser.organisasiWith(Peran.PEMBINA_DATA)) {
			if (pembina(org)) {
				ids.add(org);
			}
		}
		return ids;
	}

}
