package id.satudata.layanan.internal;

/** What can be done to a recommendation request. */
enum AksiRekomendasi {

	/** The agency submits (again, after a correction); the file must be complete. */
	AJUKAN,
	/** The Pembina Data starts the examination. */
	PERIKSA,
	/** The Pembina Data returns it for correction, with notes. */
	KEMBALIKAN,
	/** The Pembina Data declares it layak (every checklist item met) and issues the letter. */
	NYATAKAN_LAYAK,
	/** The agency withdraws it. */
	BATALKAN;

	public String labelKey() {
		return "rekomendasi.aksi." + name();
	}

}
