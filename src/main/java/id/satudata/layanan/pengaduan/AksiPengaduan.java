package id.satudata.layanan.pengaduan;

/** What can be done to a complaint. */
enum AksiPengaduan {

	/** Classify into a tier (again, when it turns out lighter or heavier): the due time follows. */
	KLASIFIKASI("diklasifikasi"),
	/** Respond to the complainant (shown on the public tracking page). */
	TANGGAPI("ditanggapi"),
	/** Pass it to the holder's superior, with the reason. */
	ESKALASI("dieskalasi"),
	/** Answer it finally and close it. */
	SELESAIKAN("diselesaikan"),
	/** Refuse it as not a complaint of this service, with the reason. */
	TOLAK("ditolak");

	private final String peristiwa;

	AksiPengaduan(String peristiwa) {
		this.peristiwa = peristiwa;
	}

	/** The audit action it is recorded as ({@code pengaduan.diklasifikasi}). */
	String peristiwa() {
		return peristiwa;
	}

	public String labelKey() {
		return "layanan.aksiAduan." + name();
	}

}
