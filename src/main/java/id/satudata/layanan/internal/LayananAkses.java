package id.satudata.layanan.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.UserFacingException;

/**
 * Who serves where: a service desk belongs to an organization (its Diskominfo), staffed by the
 * holders of the four service roles there; administrators may read everything but take no step.
 * The features derive from it the part a user plays for one ticket (the levels the user holds in
 * the ticket's organization).
 */
@Component
public class LayananAkses {

	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;

	LayananAkses(CurrentUser currentUser, OrganisasiDirectory organisasi, PenggunaDirectory pengguna) {
		this.currentUser = currentUser;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
	}

	public boolean admin() {
		return currentUser.has(Peran.ADMIN);
	}

	/** The organizations whose service desk the user staffs (any of the four service roles). */
	public Set<Long> organisasiStaf() {
		Set<Long> out = new HashSet<>();
		for (TingkatLayanan t : TingkatLayanan.values()) {
			out.addAll(currentUser.organisasiWith(t.peran()));
		}
		return out;
	}

	/** The organizations whose service desk the user may read: their own, or all for administrators. */
	public Set<Long> organisasiTerlihat() {
		if (admin()) {
			Set<Long> all = new HashSet<>();
			organisasi.semuaOrganisasi().forEach(o -> all.add(o.id()));
			return all;
		}
		return organisasiStaf();
	}

	/** The levels whose role the user holds in the organization. */
	public Set<TingkatLayanan> tingkatDi(long organisasiId) {
		Set<TingkatLayanan> out = EnumSet.noneOf(TingkatLayanan.class);
		for (TingkatLayanan t : TingkatLayanan.values()) {
			if (currentUser.hasIn(t.peran(), organisasiId)) {
				out.add(t);
			}
		}
		return out;
	}

	public boolean bolehLihat(long organisasiId) {
		return admin() || !tingkatDi(organisasiId).isEmpty();
	}

	public void wajibLihat(long organisasiId) {
		if (!bolehLihat(organisasiId)) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
	}

	/** Refuses a user who holds none of the four service roles in the organization (administrators included). */
	public void wajibStaf(long organisasiId) {
		if (tingkatDi(organisasiId).isEmpty()) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
	}

	/** The levels the user holds, per organization whose desk they staff (for the inboxes' queries). */
	public Map<Long, Set<TingkatLayanan>> tingkatStaf() {
		Map<Long, Set<TingkatLayanan>> out = new HashMap<>();
		for (long org : organisasiStaf()) {
			out.put(org, tingkatDi(org));
		}
		return out;
	}

	/** Whether the user may see the monthly reports of the organization (the desk's leaders, administrators). */
	public boolean bolehLaporan(long organisasiId) {
		Set<TingkatLayanan> t = tingkatDi(organisasiId);
		return admin() || t.contains(TingkatLayanan.KEPALA_DINAS) || t.contains(TingkatLayanan.KEPALA_BIDANG)
				|| t.contains(TingkatLayanan.SUB_KOORDINATOR);
	}

	/** The organizations whose reports the user may read. */
	public List<OrganisasiRef> organisasiLaporan() {
		return organisasi.semuaOrganisasi().stream().filter(o -> bolehLaporan(o.id())).toList();
	}

	/** The service desks that take requests: organizations with a Walidata unit and an active Kepala Dinas. */
	public List<OrganisasiRef> penyelenggara() {
		return organisasi.semuaOrganisasi().stream().filter(OrganisasiRef::aktif)
			.filter(o -> !organisasi.unitBerjenis(o.id(), JenisUnit.WALIDATA).isEmpty())
			.filter(o -> !pengguna.pemegangPeran(Peran.KEPALA_DINAS, o.id()).isEmpty()).toList();
	}

	public OrganisasiRef penyelenggara(Long organisasiId) {
		List<OrganisasiRef> semua = penyelenggara();
		if (organisasiId == null) {
			if (semua.isEmpty()) {
				throw new UserFacingException("layanan.galat.tanpaPenyelenggara");
			}
			return semua.get(0);
		}
		return semua.stream().filter(o -> o.id() == organisasiId).findFirst()
			.orElseThrow(() -> new InvalidFieldException("organisasiId", "layanan.galat.penyelenggara"));
	}

	/** "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung": the service desk's agency. */
	public String namaDinas(long organisasiId) {
		OrganisasiRef o = organisasi.organisasi(organisasiId).orElseThrow();
		String unit = organisasi.unitBerjenis(organisasiId, JenisUnit.WALIDATA).stream().filter(UnitRef::aktif)
			.map(UnitRef::nama).findFirst().orElse("Dinas Komunikasi dan Informatika");
		String wilayah = wilayah(o);
		return unit.endsWith(wilayah) ? unit : unit + " " + wilayah;
	}

	/** "Provinsi Kepulauan Bangka Belitung" from "Pemerintah Provinsi Kepulauan Bangka Belitung". */
	public static String wilayah(OrganisasiRef o) {
		return o.nama().startsWith("Pemerintah ") ? o.nama().substring("Pemerintah ".length()) : o.nama();
	}

	public Optional<SatuDataUser> pengguna() {
		return currentUser.get();
	}

}
