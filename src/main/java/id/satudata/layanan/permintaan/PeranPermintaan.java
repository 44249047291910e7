package id.satudata.layanan.permintaan;

import id.satudata.layanan.internal.TingkatLayanan;

/**
 * The part a user plays for one request. The service derives it from the user's roles in the
 * request's organization: holding a level's role makes one that level (unless the step was
 * dispositioned to a named person); {@link #PENANGAN} is whoever handles it now.
 */
enum PeranPermintaan {
	KEPALA_DINAS, KEPALA_BIDANG, SUB_KOORDINATOR, PETUGAS_LAYANAN, PENANGAN;

	static PeranPermintaan dari(TingkatLayanan tingkat) {
		return valueOf(tingkat.name());
	}

}
