package id.satudata.pemeriksaan.pengajuan;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.satudata.katalog.JenisData;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.pemeriksaan.KonteksPengajuan;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.security.SatuDataUser;

/**
 * The parts the current user plays for a submission, from their role assignments: Produsen Data of
 * its OPD is its PRODUSEN; Walidata Pendukung of its OPD pre-checks; Walidata of its organization
 * checks and publishes; a Pembina Data in the organization's BPS unit re-checks statistics, one in
 * the geospatial Pembina unit geospatial data (an organization-wide Pembina grant covers both).
 * A role held in another organization gives no part.
 */
@Component
class PeranPengajuan {

	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;

	PeranPengajuan(CurrentUser currentUser, OrganisasiDirectory organisasi, PenggunaDirectory pengguna) {
		this.currentUser = currentUser;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
	}

	Set<PeranPemeriksaan> dari(Pengajuan p) {
		return dari(p.getOrganisasiId(), p.getProdusenUnitId());
	}

	Set<PeranPemeriksaan> dari(long organisasiId, long unitId) {
		Set<PeranPemeriksaan> out = EnumSet.noneOf(PeranPemeriksaan.class);
		SatuDataUser user = currentUser.get().orElse(null);
		if (user == null) {
			return out;
		}
		for (Penugasan g : user.getPenugasan()) {
			if (g.organisasiId() != organisasiId) {
				continue;
			}
			if (g.peran() == Peran.PRODUSEN_DATA && g.covers(Peran.PRODUSEN_DATA, organisasiId, unitId)) {
				out.add(PeranPemeriksaan.PRODUSEN);
			}
			else if (g.peran() == Peran.WALIDATA_PENDUKUNG && g.covers(Peran.WALIDATA_PENDUKUNG, organisasiId, unitId)) {
				out.add(PeranPemeriksaan.WALIDATA_PENDUKUNG);
			}
			else if (g.peran() == Peran.WALIDATA) {
				out.add(PeranPemeriksaan.WALIDATA);
			}
			else if (g.peran() == Peran.PEMBINA_DATA) {
				JenisUnit jenis = g.unitId() == null ? null
						: organisasi.unit(g.unitId()).map(u -> u.jenis()).orElse(null);
				if (jenis == null || jenis == JenisUnit.PEMBINA_DATA_STATISTIK) {
					out.add(PeranPemeriksaan.PEMBINA_STATISTIK);
				}
				if (jenis == null || jenis == JenisUnit.PEMBINA_DATA_GEOSPASIAL) {
					out.add(PeranPemeriksaan.PEMBINA_GEOSPASIAL);
				}
			}
		}
		return out;
	}

	boolean admin() {
		return currentUser.has(Peran.ADMIN);
	}

	/** What the state machine needs to know of the submission now. */
	KonteksPengajuan konteks(Pengajuan p, boolean adaGalat) {
		boolean praperiksa = pengguna.pemegangPeranUnit(Peran.WALIDATA_PENDUKUNG, p.getOrganisasiId(), p.getProdusenUnitId())
			.stream().anyMatch(u -> u.aktif());
		return new KonteksPengajuan(praperiksa, p.getPembina(), adaGalat);
	}

	static KonteksPengajuan.Pembina pembinaUntuk(JenisData jenis) {
		if (jenis == JenisData.STATISTIK) {
			return KonteksPengajuan.Pembina.STATISTIK;
		}
		if (jenis == JenisData.GEOSPASIAL) {
			return KonteksPengajuan.Pembina.GEOSPASIAL;
		}
		return KonteksPengajuan.Pembina.TIDAK_ADA;
	}

}
