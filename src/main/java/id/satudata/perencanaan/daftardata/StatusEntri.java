package id.satudata.perencanaan.daftardata;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a Daftar Data entry stands (the national portal's values). */
public enum StatusEntri {

	/** Proposed by its producer (or the Walidata), being compiled and checked by the Walidata. */
	DRAFT,
	/** Submitted by the Walidata; waits for the Forum Satu Data's decision. */
	MENUNGGU_PERSETUJUAN,
	/** Approved by the Forum: the producer owes its releases. */
	DISETUJUI,
	/** Rejected by the Forum. Final. */
	DITOLAK,
	/** Withdrawn (by its producer or the Walidata before the decision, by the Forum after it). Final. */
	DIBATALKAN;

	/** The states still in play. */
	static final Set<StatusEntri> AKTIF = Collections.unmodifiableSet(EnumSet.of(DRAFT, MENUNGGU_PERSETUJUAN, DISETUJUI));

	public String labelKey() {
		return "statusEntri." + name();
	}

	public boolean aktif() {
		return this != DITOLAK && this != DIBATALKAN;
	}

}
