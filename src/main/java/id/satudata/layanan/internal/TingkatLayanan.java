package id.satudata.layanan.internal;

import java.util.Optional;

import id.satudata.shared.security.Peran;

/**
 * The levels of the service desk (SOP Layanan Manajemen Data): Kepala Dinas, Kepala Bidang,
 * Sub Koordinator (statistisi) and Petugas Layanan, top to bottom. A request is dispositioned
 * down the chain; a complaint is escalated up it.
 */
public enum TingkatLayanan {

	KEPALA_DINAS(Peran.KEPALA_DINAS),
	KEPALA_BIDANG(Peran.KEPALA_BIDANG),
	SUB_KOORDINATOR(Peran.SUB_KOORDINATOR),
	PETUGAS_LAYANAN(Peran.PETUGAS_LAYANAN);

	private final Peran peran;

	TingkatLayanan(Peran peran) {
		this.peran = peran;
	}

	public Peran peran() {
		return peran;
	}

	/** The level below (where a disposition goes), none for the Petugas Layanan. */
	public Optional<TingkatLayanan> bawahan() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The superior (who is warned of a breach, where an escalation goes), none for the Kepala Dinas. */
	public Optional<TingkatLayanan> atasan() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	public static Optional<TingkatLayanan> dari(Peran peran) {
		for (TingkatLayanan t : values()) {
			if (t.peran == peran) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

	public String labelKey() {
		return peran.labelKey();
	}

}
