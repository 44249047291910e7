package id.satudata.perencanaan.daftardata;

import java.util.EnumSet;
import java.util.Set;

import id.satudata.perencanaan.internal.AksesPerencanaan;

/**
 * The part a user plays for one entry, derived from their role assignments and the entry: the
 * Produsen Data or Walidata Pendukung of its producer unit is its PRODUSEN; the Walidata of its
 * organization (or an administrator) its WALIDATA; the Koordinator Forum of its organization the
 * FORUM.
 */
public enum PeranEntri {
	PRODUSEN, WALIDATA, FORUM;

	/** The current user's parts for an entry. */
	static Set<PeranEntri> untuk(Entri e, AksesPerencanaan akses) {
		Set<PeranEntri> out = EnumSet.noneOf(PeranEntri.class);
		if (akses.produsen(e.getOrganisasiId(), e.getProdusenUnitId())) {
			out.add(PRODUSEN);
		}
		if (akses.walidata(e.getOrganisasiId())) {
			out.add(WALIDATA);
		}
		if (akses.koordinator(e.getOrganisasiId())) {
			out.add(FORUM);
		}
		return out;
	}
}
