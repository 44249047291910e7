package id.satudata.perencanaan.forum;

import id.satudata.perencanaan.daftardata.AksiEntri;
/** What the Forum decided about an entry's status. */
enum KeputusanForum {
	/** Approve (the entry must wait for approval). */
	SETUJUI,
	/** Reject. */
	TOLAK,
	/** Back to its producer and the Walidata for revision. */
	KEMBALIKAN,
	/** Drop an approved entry. */
	BATALKAN,
	/** Discussed, no change of status (e.g. only its priority or access level decided, or postponed). */
	TETAP;

	public String labelKey() {
		return "keputusanForum." + name();
	}

	/** The state-machine step this decision takes, or {@code null} for none. */
	AksiEntri aksi() {
		return switch (this) {
			case SETUJUI -> AksiEntri.SETUJUI;
			case TOLAK -> AksiEntri.TOLAK;
			case KEMBALIKAN -> AksiEntri.KEMBALIKAN;
			case BATALKAN -> AksiEntri.BATALKAN;
			case TETAP -> null;
		};
	}
}
