package id.satudata.organisasi.pengguna;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.satudata.organisasi.JenisUnit;
import id.satudata.shared.security.Peran;

/** Which roles may be held where: the unit types a role fits and whether a unit is required. */
final class PeranRules {

	/** @param unitTypes the unit types the role may be limited to (empty: organization-wide only) */
	record Rule(Set<JenisUnit> unitTypes, boolean unitRequired) {
	}

	private static final Set<JenisUnit> DISKOMINFO = EnumSet.of(JenisUnit.WALIDATA);

	private static final Map<Peran, Rule> RULES = Map.ofEntries(
			Map.entry(Peran.ADMIN, new Rule(Set.of(), false)),
			Map.entry(Peran.PENGGUNA, new Rule(Set.of(), false)),
			Map.entry(Peran.PRODUSEN_DATA, new Rule(EnumSet.of(JenisUnit.PRODUSEN_DATA), true)),
			Map.entry(Peran.WALIDATA_PENDUKUNG, new Rule(EnumSet.of(JenisUnit.PRODUSEN_DATA), true)),
			Map.entry(Peran.WALIDATA, new Rule(DISKOMINFO, false)),
			Map.entry(Peran.PEMBINA_DATA,
					new Rule(EnumSet.of(JenisUnit.PEMBINA_DATA_STATISTIK, JenisUnit.PEMBINA_DATA_GEOSPASIAL), true)),
			Map.entry(Peran.KOORDINATOR_FORUM, new Rule(EnumSet.of(JenisUnit.KOORDINATOR_FORUM), false)),
			Map.entry(Peran.PPID, new Rule(EnumSet.of(JenisUnit.PPID), false)),
			Map.entry(Peran.KEPALA_DINAS, new Rule(DISKOMINFO, false)),
			Map.entry(Peran.KEPALA_BIDANG, new Rule(DISKOMINFO, false)),
			Map.entry(Peran.SUB_KOORDINATOR, new Rule(DISKOMINFO, false)),
			Map.entry(Peran.PETUGAS_LAYANAN, new Rule(DISKOMINFO, false)));

	private PeranRules() {
	}

	static Rule of(Peran peran) {
		return RULES.get(peran);
	}

}
