package id.satudata.standar.usulan;

/**
 * The review levels of an SDS proposal, bottom to top (standar-pelayanan-sds.txt): Walidata
 * Kabupaten → Walidata Provinsi → Walidata Pusat → Pembina Data Pusat. The Pembina Data level is
 * never skipped (it approves); the others are skipped when the deployment has no organization there
 * (or is configured to skip them).
 */
enum TingkatUsulan {
	WALIDATA_KABUPATEN, WALIDATA_PROVINSI, WALIDATA_PUSAT, PEMBINA_PUSAT;

	public String labelKey() {
		return "sds.tingkat." + name();
	}
}
