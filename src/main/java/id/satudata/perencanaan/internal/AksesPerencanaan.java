package id.satudata.perencanaan.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * Who may do what in planning. Reading a Daftar Data, its Forum sessions and Rencana Aksi: any role
 * (other than a registered member of the public) in the organization or in an organization above
 * it (a province follows its kabupaten/kota). Changing: the parts a user plays for an entry or an
 * action-plan item (derived from the checks here); the Walidata compiles lists, the Koordinator
 * Forum records sessions and recommendations. Administrators count as the Walidata of every
 * organization (support), never as the Forum.
 */
@Component
public class AksesPerencanaan {

	static final Set<Peran> PIMPINAN = EnumSet.of(Peran.WALIDATA, Peran.KOORDINATOR_FORUM, Peran.KEPALA_DINAS,
			Peran.KEPALA_BIDANG);

	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;

	AksesPerencanaan(CurrentUser currentUser, OrganisasiDirectory organisasi) {
		this.currentUser = currentUser;
		this.organisasi = organisasi;
	}

	public Optional<SatuDataUser> user() {
		return currentUser.get();
	}

	public boolean admin() {
		return currentUser.has(Peran.ADMIN);
	}

	public boolean produsen(long organisasiId, long unitId) {
		return currentUser.hasForUnit(Peran.PRODUSEN_DATA, organisasiId, unitId)
				|| currentUser.hasForUnit(Peran.WALIDATA_PENDUKUNG, organisasiId, unitId);
	}

	public boolean walidata(long organisasiId) {
		return admin() || currentUser.hasIn(Peran.WALIDATA, organisasiId);
	}

	public boolean koordinator(long organisasiId) {
		return currentUser.hasIn(Peran.KOORDINATOR_FORUM, organisasiId);
	}

	/** Holds any role assigned to that unit. */
	public boolean anggotaUnit(long organisasiId, long unitId) {
		return user().map(u -> u.getPenugasan().stream().anyMatch(p -> p.organisasiId() == organisasiId
				&& p.unitId() != null && p.unitId() == unitId)).orElse(false);
	}

	/** Whether the user may read the organization's planning (its own staff, or those above it). */
	public boolean bolehLihat(long organisasiId) {
		if (admin()) {
			return true;
		}
		Set<Long> own = organisasiPeran();
		Long cursor = organisasiId;
		int guard = 0;
		while (cursor != null && guard++ < 10) {
			if (own.contains(cursor)) {
				return true;
			}
			cursor = organisasi.organisasi(cursor).map(OrganisasiRef::indukId).orElse(null);
		}
		return false;
	}

	public void pastikanLihat(long organisasiId) {
		if (!bolehLihat(organisasiId)) {
			throw new AccessDeniedException("No role in this organization");
		}
	}

	/** Whether the user may see the monitoring dashboard of the organization (Walidata, Bappeda, leadership). */
	public boolean bolehMonitoring(long organisasiId) {
		if (admin()) {
			return true;
		}
		for (OrganisasiRef o : organisasiMonitoring()) {
			if (o.id() == organisasiId) {
				return true;
			}
		}
		return false;
	}

	/** The organizations whose dashboards the user sees: where they lead, and below. */
	public Set<OrganisasiRef> organisasiMonitoring() {
		Set<OrganisasiRef> out = new LinkedHashSet<>();
		if (admin()) {
			out.addAll(organisasi.semuaOrganisasi());
			return out;
		}
		user().ifPresent(u -> u.getPenugasan().stream().filter(p -> PIMPINAN.contains(p.peran()))
			.map(Penugasan::organisasiId).distinct()
			.forEach(id -> out.addAll(organisasi.organisasiDanTurunan(id))));
		return out;
	}

	/** The organizations whose planning the user reads: where they hold a role, and below. */
	public Set<OrganisasiRef> organisasiTerlihat() {
		Set<OrganisasiRef> out = new LinkedHashSet<>();
		if (admin()) {
			out.addAll(organisasi.semuaOrganisasi());
			return out;
		}
		organisasiPeran().forEach(id -> out.addAll(organisasi.organisasiDanTurunan(id)));
		return out;
	}

	/** The ids of {@link #organisasiTerlihat()}. */
	public Set<Long> idOrganisasiTerlihat() {
		return organisasiTerlihat().stream().map(OrganisasiRef::id).collect(Collectors.toSet());
	}

	/** Organizations where the user holds a role other than PENGGUNA. */
	public Set<Long> organisasiPeran() {
		Set<Long> out = new HashSet<>();
		user().ifPresent(u -> u.getPenugasan().stream().filter(p -> p.peran() != Peran.PENGGUNA)
			.forEach(p -> out.add(p.organisasiId())));
		return out;
	}

	/** The organizations where the user holds {@code peran}. */
	public Set<Long> organisasiDengan(Peran peran) {
		return currentUser.organisasiWith(peran);
	}

	/** The producer units the user works for (Produsen Data or Walidata Pendukung). */
	public Set<Long> unitProdusen() {
		Set<Long> out = new HashSet<>(currentUser.unitsWith(Peran.PRODUSEN_DATA));
		out.addAll(currentUser.unitsWith(Peran.WALIDATA_PENDUKUNG));
		return out;
	}

}
