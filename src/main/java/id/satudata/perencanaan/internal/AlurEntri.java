package id.satudata.perencanaan.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

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
 * {@link PeranEntri}s, applies the status and writes the audit event.
 */
final class AlurEntri {

	private AlurEntri() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused: 409 when the action does not apply
	 * to the status, 403 when the user plays no part that may take it, 400 when a needed note is missing.
	 */
	static StatusEntri jalankan(StatusEntri dari, AksiEntri aksi, Set<PeranEntri> peran, String catatan) {
		Set<PeranEntri> boleh = pelaku(dari, aksi);
		if (boleh.isEmpty()) {
			throw new TransisiDitolakException(HttpStatus.CONFLICT, "entri.galat.tidakBerlaku", label(aksi.labelKey()),
					label(dari.labelKey()));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolakException(HttpStatus.FORBIDDEN, "entri.galat.tidakBerwenang", label(aksi.labelKey()));
		}
		if (perluCatatan(aksi) && (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolakException(HttpStatus.BAD_REQUEST, "entri.galat.catatanWajib", label(aksi.labelKey()));
		}
		return tujuan(aksi);
	}

	/** The actions this user may take on an entry in this status (notes not considered). */
	static Set<AksiEntri> aksiTersedia(StatusEntri status, Set<PeranEntri> peran) {
		Set<AksiEntri> out = EnumSet.noneOf(AksiEntri.class);
		for (AksiEntri aksi : AksiEntri.values()) {
			if (pelaku(status, aksi).stream().anyMatch(peran::contains)) {
				out.add(aksi);
			}
		}
		return out;
	}

	static boolean perluCatatan(AksiEntri aksi) {
		return aksi != AksiEntri.AJUKAN && aksi != AksiEntri.SETUJUI;
	}

	/** Who may take {@code aksi} in {@code status}; empty when the action does not apply there. */
	static Set<PeranEntri> pelaku(StatusEntri status, AksiEntri aksi) {
		Set<PeranEntri> tidakAda = EnumSet.noneOf(PeranEntri.class);
		return switch (aksi) {
			case AJUKAN -> status == StatusEntri.DRAFT ? EnumSet.of(PeranEntri.WALIDATA) : tidakAda;
			case SETUJUI, TOLAK -> status == StatusEntri.MENUNGGU_PERSETUJUAN ? EnumSet.of(PeranEntri.FORUM) : tidakAda;
			case KEMBALIKAN -> status == StatusEntri.MENUNGGU_PERSETUJUAN
					? EnumSet.of(PeranEntri.WALIDATA, PeranEntri.FORUM) : tidakAda;
			case BATALKAN -> switch (status) {
				case DRAFT -> EnumSet.of(PeranEntri.PRODUSEN, PeranEntri.WALIDATA);
				case MENUNGGU_PERSETUJUAN -> EnumSet.of(PeranEntri.WALIDATA);
				case DISETUJUI -> EnumSet.of(PeranEntri.FORUM);
				default -> tidakAda;
			};
		};
	}

	private static StatusEntri tujuan(AksiEntri aksi) {
		return switch (aksi) {
			case AJUKAN -> StatusEntri.MENUNGGU_PERSETUJUAN;
			case SETUJUI -> StatusEntri.DISETUJUI;
			case TOLAK -> StatusEntri.DITOLAK;
			case KEMBALIKAN -> StatusEntri.DRAFT;
			case BATALKAN -> StatusEntri.DIBATALKAN;
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
