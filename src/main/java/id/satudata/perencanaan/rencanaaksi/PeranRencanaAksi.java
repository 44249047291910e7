package id.satudata.perencanaan.rencanaaksi;

import java.util.EnumSet;
import java.util.Set;

import id.satudata.perencanaan.internal.AksesPerencanaan;

/**
 * The part a user plays for one action-plan item: PELAKSANA holds a role in the item's owner unit;
 * KOORDINATOR is the Koordinator Forum of its organization (who sets the plan and follows it up).
 */
enum PeranRencanaAksi {
	PELAKSANA, KOORDINATOR;

	/** The current user's parts for an action-plan item. */
	static Set<PeranRencanaAksi> untuk(RencanaAksi r, AksesPerencanaan akses) {
		Set<PeranRencanaAksi> out = EnumSet.noneOf(PeranRencanaAksi.class);
		if (akses.anggotaUnit(r.getOrganisasiId(), r.getUnitId())) {
			out.add(PELAKSANA);
		}
		if (akses.koordinator(r.getOrganisasiId())) {
			out.add(KOORDINATOR);
		}
		return out;
	}
}
