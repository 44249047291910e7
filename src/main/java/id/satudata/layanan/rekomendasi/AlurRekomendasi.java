package id.satudata.layanan.rekomendasi;

import static id.satudata.layanan.rekomendasi.AksiRekomendasi.AJUKAN;
import static id.satudata.layanan.rekomendasi.AksiRekomendasi.BATALKAN;
import static id.satudata.layanan.rekomendasi.AksiRekomendasi.KEMBALIKAN;
import static id.satudata.layanan.rekomendasi.AksiRekomendasi.NYATAKAN_LAYAK;
import static id.satudata.layanan.rekomendasi.AksiRekomendasi.PERIKSA;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.DIAJUKAN;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.DIBATALKAN;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.DIKEMBALIKAN;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.DIPERIKSA;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.DRAFT;
import static id.satudata.layanan.rekomendasi.StatusRekomendasi.LAYAK;

import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The recommendation's state machine (PP 51/1999; metadata-and-forms.md, Rekomendasi):
 * <pre>
 * DRAFT --AJUKAN--> DIAJUKAN --PERIKSA--> DIPERIKSA --NYATAKAN_LAYAK--> LAYAK
 *                   DIAJUKAN | DIPERIKSA --KEMBALIKAN--> DIKEMBALIKAN --AJUKAN--> DIAJUKAN
 * DRAFT | DIKEMBALIKAN --BATALKAN--> DIBATALKAN
 * </pre>
 * The agency submits only a complete file; the Pembina Data returns it with notes, or declares it
 * layak when every checklist item is met. The machine answers the next status; the request applies
 * exactly that.
 */
final class AlurRekomendasi {

	/** What the machine needs to know besides the status. */
	record Konteks(boolean berkasLengkap, boolean semuaButirTerpenuhi) {
	}

	/** The table: every step, from which statuses, where it leads and who may take it. */
	private static final Alur<StatusRekomendasi, AksiRekomendasi, PeranRekomendasi, Konteks> ALUR = Alur
		.<StatusRekomendasi, AksiRekomendasi, PeranRekomendasi, Konteks>tabel(StatusRekomendasi.class,
				AksiRekomendasi.class, "layanan.galat.tidakBerlaku", "layanan.galat.tidakBerwenang",
				StatusRekomendasi::labelKey, AksiRekomendasi::labelKey)
		// the agency's file: submitted (again, after a correction) or withdrawn while it may be changed
		.langkah(AJUKAN).dari(DRAFT, DIKEMBALIKAN).ke(DIAJUKAN).oleh(PeranRekomendasi.PEMOHON)
		.langkah(BATALKAN).dari(DRAFT, DIKEMBALIKAN).ke(DIBATALKAN).oleh(PeranRekomendasi.PEMOHON)
		// the Pembina Data's examination, while its clock runs
		.langkah(PERIKSA).dari(DIAJUKAN).ke(DIPERIKSA).oleh(PeranRekomendasi.PEMBINA)
		.langkah(KEMBALIKAN).dari(DIAJUKAN, DIPERIKSA).ke(DIKEMBALIKAN).oleh(PeranRekomendasi.PEMBINA)
		.langkah(NYATAKAN_LAYAK).dari(DIPERIKSA).ke(LAYAK).oleh(PeranRekomendasi.PEMBINA)
		.syarat(m -> m.konteks().berkasLengkap(), HttpStatus.BAD_REQUEST, "rekomendasi.galat.belumLengkap", AJUKAN)
		.catatanWajib("rekomendasi.galat.catatanWajib", KEMBALIKAN)
		.syarat(m -> m.konteks().semuaButirTerpenuhi(), HttpStatus.BAD_REQUEST, "rekomendasi.galat.butirBelumTerpenuhi",
				NYATAKAN_LAYAK)
		.bangun();

	private AlurRekomendasi() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}): 409 when
	 * the action does not apply, 403 when the user plays no part that may take it, 400 when the file is
	 * incomplete, a return has no note or the checklist is not met.
	 */
	static StatusRekomendasi jalankan(StatusRekomendasi dari, AksiRekomendasi aksi, Set<PeranRekomendasi> peran,
			Konteks konteks, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, konteks, catatan);
	}

	static Set<AksiRekomendasi> aksiTersedia(StatusRekomendasi status, Set<PeranRekomendasi> peran) {
		return ALUR.aksiTersedia(status, peran);
	}

	static Set<PeranRekomendasi> pelaku(StatusRekomendasi status, AksiRekomendasi aksi) {
		return ALUR.pelaku(status, aksi);
	}

}
