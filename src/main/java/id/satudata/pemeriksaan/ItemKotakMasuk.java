package id.satudata.pemeriksaan;

import java.time.Duration;
import java.time.Instant;

/**
 * A submission waiting for the current user, with how long it has waited in working time against
 * the target of its step.
 */
public record ItemKotakMasuk(long pengajuanId, String datasetJudul, String produsenNama, String periode,
		StatusPengajuan status, PeranPemeriksaan sebagai, Instant sejak, Duration menunggu, Duration target,
		long jumlahGalat, long jumlahPeringatan, Integer skorKepatuhan) {

	public boolean terlambat() {
		return target != null && menunggu.compareTo(target) > 0;
	}

	/** Waiting time as a share of the target, for the bar in the inbox (capped at 100). */
	public int persenTarget() {
		if (target == null || target.isZero()) {
			return 0;
		}
		return (int) Math.min(100, 100 * menunggu.toMinutes() / Math.max(1, target.toMinutes()));
	}

}
