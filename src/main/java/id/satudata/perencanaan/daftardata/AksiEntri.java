package id.satudata.perencanaan.daftardata;

/** What can be done to a Daftar Data entry. */
public enum AksiEntri {
	/** The Walidata submits a checked entry to the Forum. */
	AJUKAN,
	/** The Forum approves it (recorded by the Koordinator Forum from a session's decisions). */
	SETUJUI,
	/** The Forum rejects it; a note is required. */
	TOLAK,
	/** Back to DRAFT for revision (the Walidata, or the Forum); a note is required. */
	KEMBALIKAN,
	/** Withdrawn; a note is required. */
	BATALKAN;

	public String labelKey() {
		return "aksiEntri." + name();
	}
}
