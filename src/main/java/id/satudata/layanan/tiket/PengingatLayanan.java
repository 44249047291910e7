package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breach warnings: every five minutes, each open ticket whose current step or due time is past
 * warns its holder and the holder's superior — once per step (a new step or a new due time warns
 * again) — and so does the other work of the desk with a due time ({@link SumberTenggat}: the
 * recommendation requests past the Pembina Data's limit). Daily, attempt counters older than a
 * day are removed.
 */
@Component
public class PengingatLayanan {

	private final List<JenisTiket<?>> tiket;
	private final List<SumberTenggat> lain;
	private final TiketLayanan layanan;
	private final Percobaan percobaan;
	private final TransactionTemplate tx;
	private final Clock clock;

	PengingatLayanan(List<JenisTiket<?>> tiket, List<SumberTenggat> lain, TiketLayanan layanan, Percobaan percobaan,
			TransactionTemplate tx, Clock clock) {
		this.tiket = List.copyOf(tiket);
		this.lain = List.copyOf(lain);
		this.layanan = layanan;
		this.percobaan = percobaan;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(cron = "${satudata.layanan.pengingat-cron:0 */5 * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "layanan-pengingat", lockAtMostFor = "PT4M")
	void jadwal() {
		periksa(clock.instant());
	}

	@Scheduled(cron = "${satudata.layanan.pembersihan-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "layanan-pembersihan", lockAtMostFor = "PT30M")
	void bersihkan() {
		percobaan.bersihkan(clock.instant());
	}

	/** Sends the warnings due at {@code sekarang}; returns how many were sent now. */
	public int periksa(Instant sekarang) {
		Integer n = tx.execute(s -> {
			int kirim = 0;
			for (JenisTiket<?> j : tiket) {
				kirim += layanan.ingatkanTerlambat(j, sekarang);
			}
			for (SumberTenggat l : lain) {
				kirim += l.ingatkanTerlambat(sekarang);
			}
			return kirim;
		});
		return n == null ? 0 : n;
	}

}
