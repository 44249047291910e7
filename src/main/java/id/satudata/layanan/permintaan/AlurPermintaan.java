package id.satudata.layanan.permintaan;

import static id.satudata.layanan.permintaan.AksiPermintaan.DISPOSISI;
import static id.satudata.layanan.permintaan.AksiPermintaan.SELESAIKAN;
import static id.satudata.layanan.permintaan.AksiPermintaan.TANGANI;
import static id.satudata.layanan.permintaan.AksiPermintaan.TUTUP;
import static id.satudata.layanan.permintaan.StatusPermintaan.DIPROSES;
import static id.satudata.layanan.permintaan.StatusPermintaan.DITUTUP;
import static id.satudata.layanan.permintaan.StatusPermintaan.DI_KEPALA_BIDANG;
import static id.satudata.layanan.permintaan.StatusPermintaan.DI_KEPALA_DINAS;
import static id.satudata.layanan.permintaan.StatusPermintaan.DI_SUB_KOORDINATOR;
import static id.satudata.layanan.permintaan.StatusPermintaan.SELESAI;

import java.util.EnumSet;
import java.util.Set;

import id.satudata.layanan.internal.TingkatLayanan;
import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The service request's state machine (SOP Layanan Manajemen Data):
 * <pre>
 * DI_KEPALA_DINAS --DISPOSISI--> DI_KEPALA_BIDANG --DISPOSISI--> DI_SUB_KOORDINATOR --DISPOSISI--> DIPROSES (Petugas)
 *        \--TANGANI--> DIPROSES (Kepala Dinas)    \--TANGANI--> DIPROSES (Kepala Bidang)  \--TANGANI--> DIPROSES (Sub Koordinator)
 * every disposition step --TUTUP--> DITUTUP;   DIPROSES --SELESAIKAN--> SELESAI
 * </pre>
 * Only the holder of a disposition step (the level's role in the request's organization) may
 * disposition, handle or close it; only whoever handles the work may resolve it. A disposition
 * needs an instruction, closing a reason, resolving the result. The machine answers the next status
 * and the level that holds the request then; the caller derives the user's {@link PeranPermintaan}s,
 * has the request apply exactly that answer under optimistic locking, and audits it.
 */
final class AlurPermintaan {

	/** Where a step leads: the new status and the level that holds the request then (null: the holder stays). */
	record Langkah(StatusPermintaan status, TingkatLayanan tingkat) {
	}

	private static final Set<StatusPermintaan> LANGKAH_DISPOSISI = EnumSet.of(DI_KEPALA_DINAS, DI_KEPALA_BIDANG,
			DI_SUB_KOORDINATOR);

	/** The table: every step, from which statuses, where it leads and who may take it. */
	private static final Alur<StatusPermintaan, AksiPermintaan, PeranPermintaan, Void> ALUR = Alur
		.<StatusPermintaan, AksiPermintaan, PeranPermintaan, Void>tabel(StatusPermintaan.class, AksiPermintaan.class,
				"layanan.galat.tidakBerlaku", "layanan.galat.tidakBerwenang", StatusPermintaan::labelKey,
				AksiPermintaan::labelKey)
		// down the chain, each level to the one below; the Sub Koordinator's instruction starts the Petugas's work
		.langkah(DISPOSISI).dari(DI_KEPALA_DINAS).ke(DI_KEPALA_BIDANG).oleh(PeranPermintaan.KEPALA_DINAS)
		.langkah(DISPOSISI).dari(DI_KEPALA_BIDANG).ke(DI_SUB_KOORDINATOR).oleh(PeranPermintaan.KEPALA_BIDANG)
		.langkah(DISPOSISI).dari(DI_SUB_KOORDINATOR).ke(DIPROSES).oleh(PeranPermintaan.SUB_KOORDINATOR)
		// the holder of a disposition step may handle it personally, or close it without handling
		.langkah(TANGANI).dari(LANGKAH_DISPOSISI).ke(DIPROSES).oleh(AlurPermintaan::pemegangLangkah)
		.langkah(TUTUP).dari(LANGKAH_DISPOSISI).ke(DITUTUP).oleh(AlurPermintaan::pemegangLangkah)
		// whoever handles the work resolves it
		.langkah(SELESAIKAN).dari(DIPROSES).ke(SELESAI).oleh(PeranPermintaan.PENANGAN)
		.catatanWajib(a -> "layanan.galat.catatanWajib." + a.name(), DISPOSISI, SELESAIKAN, TUTUP)
		.bangun();

	private AlurPermintaan() {
	}

	/**
	 * The status and holder after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}):
	 * 409 when the action does not apply to the status, 403 when the user plays no part that may take
	 * it, 400 when a disposition, closing or resolution has no text.
	 */
	static Langkah jalankan(StatusPermintaan dari, AksiPermintaan aksi, Set<PeranPermintaan> peran, String catatan) {
		return new Langkah(ALUR.jalankan(dari, aksi, peran, catatan), pemegang(dari, aksi));
	}

	/** The actions these roles may take in this status (notes not considered). */
	static Set<AksiPermintaan> aksiTersedia(StatusPermintaan status, Set<PeranPermintaan> peran) {
		return ALUR.aksiTersedia(status, peran);
	}

	/** Who may take {@code aksi} in {@code status}; empty when it does not apply there. */
	static Set<PeranPermintaan> pelaku(StatusPermintaan status, AksiPermintaan aksi) {
		return ALUR.pelaku(status, aksi);
	}

	/** The level that holds the request after an allowed step: one below, the same, or (resolved) unchanged. */
	private static TingkatLayanan pemegang(StatusPermintaan dari, AksiPermintaan aksi) {
		return switch (aksi) {
			case DISPOSISI -> dari.tingkatDisposisi().flatMap(TingkatLayanan::bawahan).orElseThrow();
			case TANGANI, TUTUP -> dari.tingkatDisposisi().orElseThrow();
			case SELESAIKAN -> null;
		};
	}

	/** The holder of a disposition step: the level whose disposition the status waits for. */
	private static Set<PeranPermintaan> pemegangLangkah(StatusPermintaan status, Void konteks) {
		return EnumSet.of(PeranPermintaan.dari(status.tingkatDisposisi().orElseThrow()));
	}

}
