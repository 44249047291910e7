package id.satudata.perencanaan.rencanaaksi;

import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The Rencana Aksi state machine: BELUM_MULAI → BERJALAN → SELESAI, DIBATALKAN from the open
 * states, SELESAI → BERJALAN to reopen.
 * <ul>
 * <li>MULAI and SELESAIKAN: the owner unit (PELAKSANA) or the Koordinator Forum; finishing needs
 * evidence;</li>
 * <li>BUKA_KEMBALI and BATALKAN: the Koordinator Forum, with a note.</li>
 * </ul>
 * Progress and evidence may be recorded while an item is open. Pure logic, unit-tested against the
 * table of every step.
 */
final class AlurRencanaAksi {

	/** What a step depends on besides the state: whether the item has evidence. */
	record Konteks(boolean adaBukti) {
	}

	/** The table: every step, from which states, where it leads and who may take it. */
	private static final Alur<StatusRencanaAksi, AksiRencanaAksi, PeranRencanaAksi, Konteks> ALUR = Alur
			.<StatusRencanaAksi, AksiRencanaAksi, PeranRencanaAksi, Konteks>tabel(StatusRencanaAksi.class,
					AksiRencanaAksi.class, "rencanaAksi.galat.tidakBerlaku", "rencanaAksi.galat.tidakBerwenang",
					StatusRencanaAksi::labelKey, AksiRencanaAksi::labelKey)
			.langkah(AksiRencanaAksi.MULAI).dari(StatusRencanaAksi.BELUM_MULAI).ke(StatusRencanaAksi.BERJALAN)
			.oleh(PeranRencanaAksi.PELAKSANA, PeranRencanaAksi.KOORDINATOR)
			.langkah(AksiRencanaAksi.SELESAIKAN).dari(StatusRencanaAksi.BERJALAN).ke(StatusRencanaAksi.SELESAI)
			.oleh(PeranRencanaAksi.PELAKSANA, PeranRencanaAksi.KOORDINATOR)
			.langkah(AksiRencanaAksi.BUKA_KEMBALI).dari(StatusRencanaAksi.SELESAI).ke(StatusRencanaAksi.BERJALAN)
			.oleh(PeranRencanaAksi.KOORDINATOR)
			.langkah(AksiRencanaAksi.BATALKAN).dari(StatusRencanaAksi.BELUM_MULAI, StatusRencanaAksi.BERJALAN)
			.ke(StatusRencanaAksi.DIBATALKAN).oleh(PeranRencanaAksi.KOORDINATOR)
			.syarat(m -> m.konteks().adaBukti(), HttpStatus.CONFLICT, "rencanaAksi.galat.tanpaBukti",
					AksiRencanaAksi.SELESAIKAN)
			.catatanWajib("rencanaAksi.galat.catatanWajib", AksiRencanaAksi.BUKA_KEMBALI, AksiRencanaAksi.BATALKAN)
			.bangun();

	private AlurRencanaAksi() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}): 409 when
	 * the action does not apply to the status or an item without evidence is to be finished, 403 when
	 * the user plays no part that may take it, 400 when a needed note is missing.
	 */
	static StatusRencanaAksi jalankan(StatusRencanaAksi dari, AksiRencanaAksi aksi, Set<PeranRencanaAksi> peran,
			boolean adaBukti, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, new Konteks(adaBukti), catatan);
	}

	static Set<AksiRencanaAksi> aksiTersedia(StatusRencanaAksi status, Set<PeranRencanaAksi> peran) {
		return ALUR.aksiTersedia(status, peran, null);
	}

	/** Whether progress and evidence may be recorded by these roles in this status. */
	static boolean bolehLapor(StatusRencanaAksi status, Set<PeranRencanaAksi> peran) {
		return status.terbuka() && !peran.isEmpty();
	}

}
