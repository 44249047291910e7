package id.satudata.layanan.permintaan;

/** What can be done to a service request. */
enum AksiPermintaan {

	/** The holder of a disposition step passes it one level down, with an instruction. */
	DISPOSISI("didisposisi"),
	/** The holder of a disposition step handles it personally: the work starts at their level. */
	TANGANI("ditangani"),
	/** Whoever handles it resolves it, with the result for the requester. */
	SELESAIKAN("diselesaikan"),
	/** The holder of a disposition step closes it without handling, with the reason. */
	TUTUP("ditutup");

	private final String peristiwa;

	AksiPermintaan(String peristiwa) {
		this.peristiwa = peristiwa;
	}

	/** The audit action it is recorded as ({@code layanan.didisposisi}). */
	String peristiwa() {
		return peristiwa;
	}

	public String labelKey() {
		return "layanan.aksi." + name();
	}

}
