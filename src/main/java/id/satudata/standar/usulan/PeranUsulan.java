package id.satudata.standar.usulan;

/**
 * The part a user plays for one proposal, derived by the service from their roles and the
 * proposal's organizations: PENGUSUL is a Produsen Data of the proposing unit; each level is the
 * Walidata of that level's organization (the Pembina: a Pembina Data of the national BPS unit).
 */
enum PeranUsulan {
	PENGUSUL, WALIDATA_KABUPATEN, WALIDATA_PROVINSI, WALIDATA_PUSAT, PEMBINA_PUSAT;

	static PeranUsulan dari(TingkatUsulan t) {
		return PeranUsulan.valueOf(t.name());
	}
}
