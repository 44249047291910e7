package id.satudata.layanan.permintaan;

import java.util.Optional;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.layanan.tiket.StatusTiket;

/**
 * Where a service request stands. The first three wait for a disposition at one level of the
 * chain; {@link #DIPROSES} is the work itself at the level that handles it.
 */
public enum StatusPermintaan implements StatusTiket {

	/** Waits for the Kepala Dinas's disposition (target 30 working minutes). */
	DI_KEPALA_DINAS(TingkatLayanan.KEPALA_DINAS),
	/** Waits for the Kepala Bidang's disposition (15 working minutes). */
	DI_KEPALA_BIDANG(TingkatLayanan.KEPALA_BIDANG),
	/** Waits for the Sub Koordinator's instruction to the Petugas Layanan (15 working minutes). */
	DI_SUB_KOORDINATOR(TingkatLayanan.SUB_KOORDINATOR),
	/** Being handled, against the SLA of its type. */
	DIPROSES(null),
	/** Resolved; the requester is asked to rate it. Final. */
	SELESAI(null),
	/** Closed without handling (duplicate, out of scope, spam), with the reason. Final. */
	DITUTUP(null);

	private final TingkatLayanan disposisi;

	StatusPermintaan(TingkatLayanan disposisi) {
		this.disposisi = disposisi;
	}

	/** The level whose disposition this status waits for; empty when it waits for none. */
	public Optional<TingkatLayanan> tingkatDisposisi() {
		return Optional.ofNullable(disposisi);
	}

	@Override
	public boolean terbuka() {
		return this != SELESAI && this != DITUTUP;
	}

	@Override
	public boolean selesai() {
		return this == SELESAI;
	}

	@Override
	public String labelKey() {
		return "layanan.status." + name();
	}

}
