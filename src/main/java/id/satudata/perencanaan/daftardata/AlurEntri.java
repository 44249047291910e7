package id.satudata.perencanaan.daftardata;

import java.util.EnumSet;
import java.util.Set;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

/**
 * The Daftar Data state machine: DRAFT → MENUNGGU_PERSETUJUAN → DISETUJUI / DITOLAK, and
 * DIBATALKAN.
 * <ul>
 * <li>AJUKAN (DRAFT → MENUNGGU_PERSETUJUAN): the Walidata, after compiling and checking the list;</li>
 * <li>SETUJUI and TOLAK (from MENUNGGU_PERSETUJUAN): the Forum, recorded by the Koordinator Forum;</li>
 * <li>KEMBALIKAN (MENUNGGU_PERSETUJUAN → DRAFT): the Walidata or the Forum, for revision;</li>
 * <li>BATALKAN: its producer or the Walidata while it is a draft, the Walidata while it waits, the
 * Forum once approved.</li>
 * </ul>
 * Every step but AJUKAN and SETUJUI needs a note. Pure logic: the caller derives the user's
 * {@link PeranEntri}s, applies the returned status and writes the audit event.
 */
public final class AlurEntri {

	/** The steps that need a note. */
	private static final Set<AksiEntri> BERCATATAN = EnumSet.of(AksiEntri.TOLAK, AksiEntri.KEMBALIKAN,
			AksiEntri.BATALKAN);

	/** The table: every step, from which states, where it leads and who may take it. */
	private static final Alur<StatusEntri, AksiEntri, PeranEntri, Void> ALUR = Alur
			.<StatusEntri, AksiEntri, PeranEntri, Void>tabel(StatusEntri.class, AksiEntri.class,
					"entri.galat.tidakBerlaku", "entri.galat.tidakBerwenang", StatusEntri::labelKey, AksiEntri::labelKey)
			.langkah(AksiEntri.AJUKAN).dari(StatusEntri.DRAFT).ke(StatusEntri.MENUNGGU_PERSETUJUAN)
			.oleh(PeranEntri.WALIDATA)
			.langkah(AksiEntri.SETUJUI).dari(StatusEntri.MENUNGGU_PERSETUJUAN).ke(StatusEntri.DISETUJUI)
			.oleh(PeranEntri.FORUM)
			.langkah(AksiEntri.TOLAK).dari(StatusEntri.MENUNGGU_PERSETUJUAN).ke(StatusEntri.DITOLAK)
			.oleh(PeranEntri.FORUM)
			.langkah(AksiEntri.KEMBALIKAN).dari(StatusEntri.MENUNGGU_PERSETUJUAN).ke(StatusEntri.DRAFT)
			.oleh(PeranEntri.WALIDATA, PeranEntri.FORUM)
			// withdrawn: a draft by its producer or the Walidata, a waiting one by the Walidata, an approved one by the Forum
			.langkah(AksiEntri.BATALKAN).dari(StatusEntri.DRAFT).ke(StatusEntri.DIBATALKAN)
			.oleh(PeranEntri.PRODUSEN, PeranEntri.WALIDATA)
			.langkah(AksiEntri.BATALKAN).dari(StatusEntri.MENUNGGU_PERSETUJUAN).ke(StatusEntri.DIBATALKAN)
			.oleh(PeranEntri.WALIDATA)
			.langkah(AksiEntri.BATALKAN).dari(StatusEntri.DISETUJUI).ke(StatusEntri.DIBATALKAN)
			.oleh(PeranEntri.FORUM)
			.catatanWajib("entri.galat.catatanWajib", BERCATATAN.toArray(AksiEntri[]::new))
			.bangun();

	private AlurEntri() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}): 409 when
	 * the action does not apply to the status, 403 when the user plays no part that may take it, 400
	 * when a needed note is missing.
	 */
	public static StatusEntri jalankan(StatusEntri dari, AksiEntri aksi, Set<PeranEntri> peran, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, catatan);
	}

	/** The actions this user may take on an entry in this status (notes not considered). */
	static Set<AksiEntri> aksiTersedia(StatusEntri status, Set<PeranEntri> peran) {
		return ALUR.aksiTersedia(status, peran);
	}

	static boolean perluCatatan(AksiEntri aksi) {
		return BERCATATAN.contains(aksi);
	}

}
