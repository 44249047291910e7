package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Frekuensi;
import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.PerencanaanProperties;
import id.satudata.perencanaan.internal.Terbilang;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.Peran;

/**
 * Release reminders, every working day at 07:00 WIB: producers N working days before a release's
 * deadline ({@code satudata.perencanaan.pengingat-rilis}, daily data excepted) and once when it is
 * late (with the Walidata). Each reminder is sent once ({@link Notifikasi#kirimSekali}), so a rerun
 * or a second node sends nothing twice.
 */
@Component
class PengingatRilis {

	/** What one run sent. */
	record Hasil(int pengingat, int terlambat) {
	}

	private final JadwalRilisService jadwal;
	private final HariIni hariIni;
	private final Notifikasi notifikasi;
	private final WorkingCalendar kalender;
	private final PerencanaanProperties properties;

	PengingatRilis(JadwalRilisService jadwal, HariIni hariIni, Notifikasi notifikasi, WorkingCalendar kalender,
			PerencanaanProperties properties) {
		this.jadwal = jadwal;
		this.hariIni = hariIni;
		this.notifikasi = notifikasi;
		this.kalender = kalender;
		this.properties = properties;
	}

	@Scheduled(cron = "${satudata.perencanaan.pengingat-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "perencanaan-pengingat-rilis")
	void terjadwal() {
		hariIni.hariKerja().ifPresent(this::jalankan);
	}

	@Transactional
	Hasil jalankan(LocalDate hariIni) {
		int remind = 0;
		int late = 0;
		for (Rilisan r : jadwal.kalender(hariIni.minusDays(60), hariIni.plusDays(90), false, hariIni)) {
			if (r.terbit() || r.entri().getFrekuensi() == Frekuensi.HARIAN) {
				continue;
			}
			String kunci = "perencanaan:rilis:" + r.entri().getId() + ":" + r.jadwal().getPeriode() + ":"
					+ r.jadwal().getTanggalRencana();
			String[] args = { r.entri().getJudul(), r.jadwal().getPeriode(), Terbilang.tanggal(r.kewajiban().batas()) };
			List<Penerima> produsen = produsen(r.entri());
			long sisa = hariIni.isAfter(r.kewajiban().batas()) ? -1 : kalender.workingDaysBetween(hariIni, r.kewajiban().batas());
			if (sisa >= 0 && properties.pengingatRilis().contains((int) sisa)) {
				if (notifikasi.kirimSekali(kunci + ":H-" + sisa, produsen, Pemberitahuan.of("perencanaan",
						"notif.rilis.pengingat", "/kelola/kewajiban-data", args[0], args[1], args[2], String.valueOf(sisa)))) {
					remind++;
				}
			}
			if (r.terlambat()) {
				List<Penerima> to = new ArrayList<>(produsen);
				to.add(Penerima.peran(Peran.WALIDATA, r.entri().getOrganisasiId()));
				if (notifikasi.kirimSekali(kunci + ":terlambat", to, Pemberitahuan.of("perencanaan", "notif.rilis.terlambat",
						"/kelola/kewajiban-data", args))) {
					late++;
				}
			}
		}
		return new Hasil(remind, late);
	}

	private static List<Penerima> produsen(Entri e) {
		return List.of(Penerima.peranUnit(Peran.PRODUSEN_DATA, e.getOrganisasiId(), e.getProdusenUnitId()),
				Penerima.peranUnit(Peran.WALIDATA_PENDUKUNG, e.getOrganisasiId(), e.getProdusenUnitId()));
	}

}
