package id.satudata.layanan.internal;

/** What can be done to a service request. */
enum AksiPermintaan {

	/** The holder of a disposition step passes it one level down, with an instruction. */
	DISPOSISI,
	/** The holder of a disposition step handles it personally: the work starts at their level. */
	TANGANI,
	/** Whoever handles it resolves it, with the result for the requester. */
	SELESAIKAN,
	/** The holder of a disposition step closes it without handling, with the reason. */
	TUTUP;

	public String labelKey() {
		return "layanan.aksi." + name();
	}

}
