package id.satudata.layanan.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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

/**
 * Who serves where: a service desk belongs to an organization (its Diskominfo), staffed by the
 * holders of the four service roles there; administrators may read everything but take no step.
 * Derives the part a user plays for one request ({@link PeranPermintaan}) or complaint.
 */
@Component
class LayananAkses {

	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;

	LayananAkses(CurrentUser currentUser, OrganisasiDirectory organisasi, PenggunaDirectory pengguna) {
		this.currentUser = currentUser;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
	}

	boolean admin() {
		return currentUser.has(Peran.ADMIN);
	}

	/** The organizations whose service desk the user staffs (any of the four service roles). */
	Set<Long> organisasiStaf() {
		Set<Long> out = new HashSet<>();
		for (TingkatLayanan t : TingkatLayanan.values()) {
			out.addAll(currentUser.organisasiWith(t.peran()));
		}
		return out;
	}

	/** The organizations whose service desk the user may read: their own, or all for administrators. */
	Set<Long> organisasiTerlihat() {
		if (admin()) {
			Set<Long> all = new HashSet<>();
			organisasi.semuaOrganisasi().forEach(o -> all.add(o.id()));
			return all;
		}
		return organisasiStaf();
	}

	/** The levels whose role the user holds in the organization. */
	Set<TingkatLayanan> tingkatDi(long organisasiId) {
		Set<TingkatLayanan> out = EnumSet.noneOf(TingkatLayanan.class);
		for (TingkatLayanan t : TingkatLayanan.values()) {
			if (currentUser.hasIn(t.peran(), organisasiId)) {
				out.add(t);
			}
		}
		return out;
	}

	boolean bolehLihat(long organisasiId) {
		return admin() || !tingkatDi(organisasiId).isEmpty();
	}

	void wajibLihat(long organisasiId) {
		if (!bolehLihat(organisasiId)) {
			throw new AccessDeniedException("Not on this organization's service desk");
		}
	}

	/** Whether the user may see the monthly reports of the organization (the desk's leaders, administrators). */
	boolean bolehLaporan(long organisasiId) {
		Set<TingkatLayanan> t = tingkatDi(organisasiId);
		return admin() || t.contains(TingkatLayanan.KEPALA_DINAS) || t.contains(TingkatLayanan.KEPALA_BIDANG)
				|| t.contains(TingkatLayanan.SUB_KOORDINATOR);
	}

	/** The organizations whose reports the user may read. */
	List<OrganisasiRef> organisasiLaporan() {
		return organisasi.semuaOrganisasi().stream().filter(o -> bolehLaporan(o.id())).toList();
	}

	/**
	 * The user's parts for a request: the level holding a disposition step (unless it was sent to a
	 * named person who is somebody else), {@link PeranPermintaan#PENANGAN} for whoever handles the work.
	 */
	Set<PeranPermintaan> peran(Permintaan p) {
		Set<PeranPermintaan> out = EnumSet.noneOf(PeranPermintaan.class);
		Optional<SatuDataUser> user = currentUser.get();
		if (user.isEmpty()) {
			return out;
		}
		long id = user.get().getId();
		boolean orangnya = p.getPemegangId() == null || p.getPemegangId() == id;
		for (TingkatLayanan t : tingkatDi(p.getOrganisasiId())) {
			if (t != p.getTingkat() || orangnya) {
				out.add(PeranPermintaan.dari(t));
			}
		}
		if (p.getStatus() == StatusPermintaan.DIPROSES && orangnya && out.contains(PeranPermintaan.dari(p.getTingkat()))) {
			out.add(PeranPermintaan.PENANGAN);
		}
		return out;
	}

	/** The service desks that take requests: organizations with a Walidata unit and an active Kepala Dinas. */
	List<OrganisasiRef> penyelenggara() {
		return organisasi.semuaOrganisasi().stream().filter(OrganisasiRef::aktif)
			.filter(o -> !organisasi.unitBerjenis(o.id(), JenisUnit.WALIDATA).isEmpty())
			.filter(o -> !pengguna.pemegangPeran(Peran.KEPALA_DINAS, o.id()).isEmpty()).toList();
	}

	OrganisasiRef penyelenggara(Long organisasiId) {
		List<OrganisasiRef> semua = penyelenggara();
		if (organisasiId == null) {
			if (semua.isEmpty()) {
				throw new id.satudata.shared.web.UserFacingException("layanan.galat.tanpaPenyelenggara");
			}
			return semua.get(0);
		}
		return semua.stream().filter(o -> o.id() == organisasiId).findFirst()
			.orElseThrow(() -> new id.satudata.shared.web.InvalidFieldException("organisasiId", "layanan.galat.penyelenggara"));
	}

	/** "Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung": the service desk's agency. */
	String namaDinas(long organisasiId) {
		OrganisasiRef o = organisasi.organisasi(organisasiId).orElseThrow();
		String unit = organisasi.unitBerjenis(organisasiId, JenisUnit.WALIDATA).stream().filter(UnitRef::aktif)
			.map(UnitRef::nama).findFirst().orElse("Dinas Komunikasi dan Informatika");
		String wilayah = wilayah(o);
		return unit.endsWith(wilayah) ? unit : unit + " " + wilayah;
	}

	/** "Provinsi Kepulauan Bangka Belitung" from "Pemerintah Provinsi Kepulauan Bangka Belitung". */
	static String wilayah(OrganisasiRef o) {
		return o.nama().startsWith("Pemerintah ") ? o.nama().substring("Pemerintah ".length()) : o.nama();
	}

	Optional<SatuDataUser> pengguna() {
		return currentUser.get();
	}

}
