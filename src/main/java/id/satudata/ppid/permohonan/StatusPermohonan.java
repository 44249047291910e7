package id.satudata.ppid.permohonan;

import java.util.EnumSet;
import java.util.Set;

/** Where a request for information stands. */
public enum StatusPermohonan {
	/** Filed by the requester, not yet registered by the PPID (the decision clock already runs). */
	DIAJUKAN,
	/** Registered in the register book; the PPID examines it. */
	DIPROSES,
	/** Forwarded to the Walidata or the producer for their view. */
	MENUNGGU_PENDAPAT,
	/** Granted (access given, or the information provided). */
	DIKABULKAN,
	/** Refused with an exemption ground of UU KIP Pasal 17. */
	DITOLAK,
	/** The requester objected; the PPID's superior answers. */
	KEBERATAN,
	/** The objection was refused; the requester may go to the Komisi Informasi. */
	KEBERATAN_DITOLAK,
	/** Withdrawn by the requester before registration. */
	DIBATALKAN;

	/** While the PPID's decision clock runs. */
	static final Set<StatusPermohonan> MENUNGGU_PPID = EnumSet.of(DIAJUKAN, DIPROSES, MENUNGGU_PENDAPAT);

	public boolean menungguPpid() {
		return MENUNGGU_PPID.contains(this);
	}

	public boolean selesai() {
		return this == DIKABULKAN || this == DITOLAK || this == KEBERATAN_DITOLAK || this == DIBATALKAN;
	}

	public String labelKey() {
		return "ppid.status." + name();
	}

}
