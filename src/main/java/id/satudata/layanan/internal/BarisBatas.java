package id.satudata.layanan.internal;

import java.util.List;

/**
 * A limit with what it is for, for display (e.g. "Perencanaan data: 1–3 bulan"). The rows of the
 * service types and of the complaint tiers are made by their features; the disposition steps' here.
 *
 * @param labelKey the message key of what it is for
 * @param batas the limit
 */
public record BarisBatas(String labelKey, BatasWaktu batas) {

	/** The target of each disposition step, top to bottom. */
	public static List<BarisBatas> disposisi(LayananProperties p) {
		return List.of(TingkatLayanan.KEPALA_DINAS, TingkatLayanan.KEPALA_BIDANG, TingkatLayanan.SUB_KOORDINATOR).stream()
			.map(t -> new BarisBatas(t.labelKey(), p.disposisi().batas(t))).toList();
	}

}
