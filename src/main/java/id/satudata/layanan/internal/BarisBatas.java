package id.satudata.layanan.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A limit with what it is for, for display (e.g. "Perencanaan data: 1–3 bulan").
 *
 * @param labelKey the message key of what it is for
 * @param batas the limit
 */
record BarisBatas(String labelKey, BatasWaktu batas) {

	static List<BarisBatas> sla(LayananProperties p) {
		return Arrays.stream(JenisLayanan.values()).map(j -> new BarisBatas(j.labelKey(), p.sla().batas(j))).toList();
	}

	static List<BarisBatas> pengaduan(LayananProperties p) {
		return Arrays.stream(KategoriPengaduan.values()).map(k -> new BarisBatas(k.labelKey(), p.pengaduan().batas(k)))
			.toList();
	}

	static List<BarisBatas> disposisi(LayananProperties p) {
		return List.of(TingkatLayanan.KEPALA_DINAS, TingkatLayanan.KEPALA_BIDANG, TingkatLayanan.SUB_KOORDINATOR).stream()
			.map(t -> new BarisBatas(t.labelKey(), p.disposisi().batas(t))).toList();
	}

}
