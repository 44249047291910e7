package id.satudata.standar.usulan;

/** What can be done to an SDS proposal. */
enum AksiUsulan {
	/** The producer submits (again, after a return): to the first active level. */
	AJUKAN,
	/** A Walidata level found it complete and feasible (checklist done): on to the next active level. */
	TERUSKAN,
	/** The level reviewing it returns it to the producer; a note is required. */
	KEMBALIKAN,
	/** The Pembina Data approves (checklist done): the standard enters the catalogue. */
	SETUJUI,
	/** The Pembina Data rejects; a note is required. */
	TOLAK,
	/** The producer withdraws a draft or a returned proposal. */
	BATALKAN;

	public String labelKey() {
		return "sds.aksi." + name();
	}
}
