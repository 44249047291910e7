package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.notifikasi.Pemberitahuan;

/**
 * Breach warnings: every five minutes, each open request whose disposition step or work is past
 * due, each open complaint past its tier's limit and each recommendation past the Pembina Data's
 * limit warns its holder and the holder's superior — once per step (a new step or a new due time
 * warns again). Daily, attempt counters older than a day and health samples older than 400 days are
 * removed.
 */
@Component
class PengingatLayanan {

	private final PermintaanRepository permintaan;
	private final PengaduanRepository pengaduan;
	private final RekomendasiService rekomendasi;
	private final KabarLayanan kabar;
	private final Percobaan percobaan;
	private final KesehatanLayanan kesehatan;
	private final TransactionTemplate tx;
	private final Clock clock;

	PengingatLayanan(PermintaanRepository permintaan, PengaduanRepository pengaduan, RekomendasiService rekomendasi,
			KabarLayanan kabar, Percobaan percobaan, KesehatanLayanan kesehatan, TransactionTemplate tx, Clock clock) {
		this.permintaan = permintaan;
		this.pengaduan = pengaduan;
		this.rekomendasi = rekomendasi;
		this.kabar = kabar;
		this.percobaan = percobaan;
		this.kesehatan = kesehatan;
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
		Instant now = clock.instant();
		percobaan.bersihkan(now);
		kesehatan.bersihkan(now);
	}

	/** Sends the warnings due at {@code sekarang}; returns how many were sent now. */
	int periksa(Instant sekarang) {
		Integer n = tx.execute(s -> {
			int kirim = 0;
			for (Permintaan p : permintaan.findByStatusIn(List.of(StatusPermintaan.DI_KEPALA_DINAS,
					StatusPermintaan.DI_KEPALA_BIDANG, StatusPermintaan.DI_SUB_KOORDINATOR, StatusPermintaan.DIPROSES))) {
				boolean kerja = p.getStatus() == StatusPermintaan.DIPROSES;
				Instant due = kerja ? p.getTenggat() : p.getTenggatLangkah();
				if (due == null || !due.isBefore(sekarang)) {
					continue;
				}
				String kunci = "layanan:permintaan:" + p.getId() + ":" + p.getStatus() + ":" + p.getTingkat() + ":"
						+ p.getDitahanSejak().getEpochSecond() + ":terlambat";
				if (kabar.terlambat(kunci, p.getOrganisasiId(), p.getTingkat(), p.getPemegangId(),
						kerja ? "layanan.notif.terlambatKerja" : "layanan.notif.terlambatLangkah",
						PermintaanService.tautan(p.getNomor()), p.getNomor(), p.getPerihal(),
						Pemberitahuan.kunci(p.getTingkat().labelKey()))) {
					kirim++;
				}
			}
			for (Pengaduan a : pengaduan.findByStatusIn(List.of(StatusPengaduan.DITERIMA, StatusPengaduan.DIPROSES))) {
				if (!a.getTenggat().isBefore(sekarang)) {
					continue;
				}
				String kunci = "layanan:pengaduan:" + a.getId() + ":" + a.getTenggat().getEpochSecond() + ":" + a.getTingkat()
						+ ":terlambat";
				if (kabar.terlambat(kunci, a.getOrganisasiId(), a.getTingkat(), null, "layanan.notif.terlambatAduan",
						PengaduanService.tautan(a.getNomor()), a.getNomor(), a.getPerihal(),
						Pemberitahuan.kunci(a.getTingkat().labelKey()))) {
					kirim++;
				}
			}
			return kirim + rekomendasi.periksaTenggat(sekarang);
		});
		return n == null ? 0 : n;
	}

}
