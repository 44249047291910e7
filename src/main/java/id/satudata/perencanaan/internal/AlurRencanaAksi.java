package id.satudata.perencanaan.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

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

	private AlurRencanaAksi() {
	}

	static StatusRencanaAksi jalankan(StatusRencanaAksi dari, AksiRencanaAksi aksi, Set<PeranRencanaAksi> peran,
			boolean adaBukti, String catatan) {
		Set<PeranRencanaAksi> boleh = pelaku(dari, aksi);
		if (boleh.isEmpty()) {
			throw new TransisiDitolakException(HttpStatus.CONFLICT, "rencanaAksi.galat.tidakBerlaku",
					label(aksi.labelKey()), label(dari.labelKey()));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolakException(HttpStatus.FORBIDDEN, "rencanaAksi.galat.tidakBerwenang",
					label(aksi.labelKey()));
		}
		if (aksi == AksiRencanaAksi.SELESAIKAN && !adaBukti) {
			throw new TransisiDitolakException(HttpStatus.CONFLICT, "rencanaAksi.galat.tanpaBukti");
		}
		if ((aksi == AksiRencanaAksi.BUKA_KEMBALI || aksi == AksiRencanaAksi.BATALKAN)
				&& (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolakException(HttpStatus.BAD_REQUEST, "rencanaAksi.galat.catatanWajib",
					label(aksi.labelKey()));
		}
		return switch (aksi) {
			case MULAI, BUKA_KEMBALI -> StatusRencanaAksi.BERJALAN;
			case SELESAIKAN -> StatusRencanaAksi.SELESAI;
			case BATALKAN -> StatusRencanaAksi.DIBATALKAN;
		};
	}

	static Set<AksiRencanaAksi> aksiTersedia(StatusRencanaAksi status, Set<PeranRencanaAksi> peran) {
		Set<AksiRencanaAksi> out = EnumSet.noneOf(AksiRencanaAksi.class);
		for (AksiRencanaAksi aksi : AksiRencanaAksi.values()) {
			if (pelaku(status, aksi).stream().anyMatch(peran::contains)) {
				out.add(aksi);
			}
		}
		return out;
	}

	/** Whether progress and evidence may be recorded by these roles in this status. */
	static boolean bolehLapor(StatusRencanaAksi status, Set<PeranRencanaAksi> peran) {
		return status.terbuka() && !peran.isEmpty();
	}

	static Set<PeranRencanaAksi> pelaku(StatusRencanaAksi status, AksiRencanaAksi aksi) {
		Set<PeranRencanaAksi> keduanya = EnumSet.of(PeranRencanaAksi.PELAKSANA, PeranRencanaAksi.KOORDINATOR);
		Set<PeranRencanaAksi> koordinator = EnumSet.of(PeranRencanaAksi.KOORDINATOR);
		Set<PeranRencanaAksi> tidakAda = EnumSet.noneOf(PeranRencanaAksi.class);
		return switch (aksi) {
			case MULAI -> status == StatusRencanaAksi.BELUM_MULAI ? keduanya : tidakAda;
			case SELESAIKAN -> status == StatusRencanaAksi.BERJALAN ? keduanya : tidakAda;
			case BUKA_KEMBALI -> status == StatusRencanaAksi.SELESAI ? koordinator : tidakAda;
			case BATALKAN -> status.terbuka() ? koordinator : tidakAda;
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
