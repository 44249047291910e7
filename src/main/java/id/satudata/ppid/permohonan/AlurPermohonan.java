package id.satudata.ppid.permohonan;

import static id.satudata.ppid.permohonan.AksiPermohonan.AJUKAN_KEBERATAN;
import static id.satudata.ppid.permohonan.AksiPermohonan.BATALKAN;
import static id.satudata.ppid.permohonan.AksiPermohonan.BERI_PENDAPAT;
import static id.satudata.ppid.permohonan.AksiPermohonan.KABULKAN;
import static id.satudata.ppid.permohonan.AksiPermohonan.PERPANJANG;
import static id.satudata.ppid.permohonan.AksiPermohonan.REGISTRASI;
import static id.satudata.ppid.permohonan.AksiPermohonan.TERIMA_KEBERATAN;
import static id.satudata.ppid.permohonan.AksiPermohonan.TERUSKAN;
import static id.satudata.ppid.permohonan.AksiPermohonan.TOLAK;
import static id.satudata.ppid.permohonan.AksiPermohonan.TOLAK_KEBERATAN;
import static id.satudata.ppid.permohonan.StatusPermohonan.DIAJUKAN;
import static id.satudata.ppid.permohonan.StatusPermohonan.DIBATALKAN;
import static id.satudata.ppid.permohonan.StatusPermohonan.DIKABULKAN;
import static id.satudata.ppid.permohonan.StatusPermohonan.DIPROSES;
import static id.satudata.ppid.permohonan.StatusPermohonan.DITOLAK;
import static id.satudata.ppid.permohonan.StatusPermohonan.KEBERATAN;
import static id.satudata.ppid.permohonan.StatusPermohonan.KEBERATAN_DITOLAK;
import static id.satudata.ppid.permohonan.StatusPermohonan.MENUNGGU_PENDAPAT;

import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;

/**
 * The state machine of a request for information (UU KIP 14/2008 Pasal 22, 35–36; Perki 1/2021):
 * <pre>
 * DIAJUKAN --REGISTRASI--> DIPROSES --TERUSKAN--> MENUNGGU_PENDAPAT --BERI_PENDAPAT--> DIPROSES
 * DIPROSES | MENUNGGU_PENDAPAT --PERPANJANG (once, with a reason)--> the same status
 * DIPROSES | MENUNGGU_PENDAPAT --KABULKAN--> DIKABULKAN        --TOLAK (Pasal 17 ground + consequence test)--> DITOLAK
 * DIAJUKAN --BATALKAN--> DIBATALKAN
 * DITOLAK --AJUKAN_KEBERATAN (within 30 working days)--> KEBERATAN
 * KEBERATAN --TERIMA_KEBERATAN--> DIKABULKAN                  --TOLAK_KEBERATAN--> KEBERATAN_DITOLAK
 * </pre>
 * The PPID registers, forwards, extends and decides; the Walidata or producer gives a view; the
 * requester withdraws or objects; the PPID's superior answers the objection.
 */
final class AlurPermohonan {

	/**
	 * What a step needs besides the status.
	 *
	 * @param sudahDiperpanjang whether the decision was already extended
	 * @param dalamBatasKeberatan whether the objection period still runs
	 * @param penolakanLengkap whether a refusal names its ground
	 */
	record Konteks(boolean sudahDiperpanjang, boolean dalamBatasKeberatan, boolean penolakanLengkap) {

		static final Konteks BIASA = new Konteks(false, true, true);

	}

	private static final Alur<StatusPermohonan, AksiPermohonan, PeranPermohonan, Konteks> ALUR = Alur
		.<StatusPermohonan, AksiPermohonan, PeranPermohonan, Konteks>tabel(StatusPermohonan.class, AksiPermohonan.class,
				"ppid.galat.tidakBerlaku", "ppid.galat.tidakBerwenang", StatusPermohonan::labelKey,
				AksiPermohonan::labelKey)
		.langkah(REGISTRASI).dari(DIAJUKAN).ke(DIPROSES).oleh(PeranPermohonan.PPID)
		.langkah(BATALKAN).dari(DIAJUKAN).ke(DIBATALKAN).oleh(PeranPermohonan.PEMOHON)
		.langkah(TERUSKAN).dari(DIPROSES).ke(MENUNGGU_PENDAPAT).oleh(PeranPermohonan.PPID)
		.langkah(BERI_PENDAPAT).dari(MENUNGGU_PENDAPAT).ke(DIPROSES).oleh(PeranPermohonan.PEMBERI_PENDAPAT)
		.langkah(PERPANJANG).dari(DIPROSES, MENUNGGU_PENDAPAT).ke((s, k) -> s).oleh(PeranPermohonan.PPID)
		.langkah(KABULKAN).dari(DIPROSES, MENUNGGU_PENDAPAT).ke(DIKABULKAN).oleh(PeranPermohonan.PPID)
		.langkah(TOLAK).dari(DIPROSES, MENUNGGU_PENDAPAT).ke(DITOLAK).oleh(PeranPermohonan.PPID)
		.langkah(AJUKAN_KEBERATAN).dari(DITOLAK).ke(KEBERATAN).oleh(PeranPermohonan.PEMOHON)
		.langkah(TERIMA_KEBERATAN).dari(KEBERATAN).ke(DIKABULKAN).oleh(PeranPermohonan.ATASAN)
		.langkah(TOLAK_KEBERATAN).dari(KEBERATAN).ke(KEBERATAN_DITOLAK).oleh(PeranPermohonan.ATASAN)
		.catatanWajib("ppid.galat.catatanWajib", BERI_PENDAPAT, PERPANJANG, TOLAK, AJUKAN_KEBERATAN, TERIMA_KEBERATAN,
				TOLAK_KEBERATAN)
		.syarat(m -> !m.konteks().sudahDiperpanjang(), HttpStatus.CONFLICT, "ppid.galat.sudahDiperpanjang", PERPANJANG)
		.syarat(m -> m.konteks().dalamBatasKeberatan(), HttpStatus.CONFLICT, "ppid.galat.lewatBatasKeberatan",
				AJUKAN_KEBERATAN)
		.syarat(m -> m.konteks().penolakanLengkap(), HttpStatus.BAD_REQUEST, "ppid.galat.alasanPengecualianWajib", TOLAK)
		.bangun();

	private AlurPermohonan() {
	}

	static StatusPermohonan jalankan(StatusPermohonan dari, AksiPermohonan aksi, Set<PeranPermohonan> peran,
			Konteks konteks, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, konteks, catatan);
	}

	static Set<AksiPermohonan> aksiTersedia(StatusPermohonan status, Set<PeranPermohonan> peran) {
		return ALUR.aksiTersedia(status, peran, Konteks.BIASA);
	}

	static Set<PeranPermohonan> pelaku(StatusPermohonan status, AksiPermohonan aksi) {
		return ALUR.pelaku(status, aksi, Konteks.BIASA);
	}

}
