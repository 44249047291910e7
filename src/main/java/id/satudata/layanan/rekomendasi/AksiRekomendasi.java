package id.satudata.layanan.rekomendasi;

/** What can be done to a recommendation request. */
enum AksiRekomendasi {

	/** The agency submits (again, after a correction); the file must be complete. */
	AJUKAN("diajukan"),
	/** The Pembina Data starts the examination. */
	PERIKSA("diperiksa"),
	/** The Pembina Data returns it for correction, with notes. */
	KEMBALIKAN("dikembalikan"),
	/** The Pembina Data declares it layak (every checklist item met) and issues the letter. */
	NYATAKAN_LAYAK("ditetapkan"),
	/** The agency withdraws it. */
	BATALKAN("dibatalkan");

	private final String peristiwa;

	AksiRekomendasi(String peristiwa) {
		this.peristiwa = peristiwa;
	}

	/** The audit action it is recorded as ({@code rekomendasi.diajukan}). */
	String peristiwa() {
		return peristiwa;
	}

	public String labelKey() {
		return "rekomendasi.aksi." + name();
	}

}
