package id.satudata.perencanaan.rencanaaksi;

/** What can be done to an action-plan item. */
enum AksiRencanaAksi {
	/** Work starts. */
	MULAI,
	/** Done: needs at least one evidence file; progress becomes 100%. */
	SELESAIKAN,
	/** A finished item is opened again (its evidence did not convince); a note is required. */
	BUKA_KEMBALI,
	/** Dropped; a note is required. */
	BATALKAN;

	public String labelKey() {
		return "aksiRencanaAksi." + name();
	}
}
