package id.satudata.layanan.internal;

/** What can be done to a complaint. */
enum AksiPengaduan {

	/** Classify into a tier (again, when it turns out lighter or heavier): the due time follows. */
	KLASIFIKASI,
	/** Respond to the complainant (shown on the public tracking page). */
	TANGGAPI,
	/** Pass it to the holder's superior, with the reason. */
	ESKALASI,
	/** Answer it finally and close it. */
	SELESAIKAN,
	/** Refuse it as not a complaint of this service, with the reason. */
	TOLAK;

	public String labelKey() {
		return "layanan.aksiAduan." + name();
	}

}
