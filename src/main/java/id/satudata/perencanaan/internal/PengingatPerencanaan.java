package id.satudata.perencanaan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Frekuensi;
import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.Peran;

/**
 * Reminders, every working day at 07:00 WIB: producers N working days before a release's deadline
 * ({@code satudata.perencanaan.pengingat-rilis}, daily data excepted) and once when it is late
 * (with the Walidata); an action plan's owner unit N working days before its due date
 * ({@code pengingat-rencana-aksi}) and once when it is overdue (with the Koordinator Forum). Each
 * reminder is sent once ({@link Notifikasi#kirimSekali}), so a rerun or a second node sends nothing twice.
 */
@Component
class PengingatPerencanaan {

	/** What one run sent. */
	record Hasil(int pengingatRilis, int rilisTerlambat, int pengingatRencanaAksi, int rencanaAksiTerlambat) {
	}

	private final JadwalRilisService jadwal;
	private final RencanaAksiRepository rencanaAksi;
	private final OrganisasiDirectory organisasi;
	private final Notifikasi notifikasi;
	private final WorkingCalendar kalender;
	private final PerencanaanProperties properties;

	PengingatPerencanaan(JadwalRilisService jadwal, RencanaAksiRepository rencanaAksi, OrganisasiDirectory organisasi,
			Notifikasi notifikasi, WorkingCalendar kalender, PerencanaanProperties properties) {
		this.jadwal = jadwal;
		this.rencanaAksi = rencanaAksi;
		this.organisasi = organisasi;
		this.notifikasi = notifikasi;
		this.kalender = kalender;
		this.properties = properties;
	}

	@Scheduled(cron = "${satudata.perencanaan.pengingat-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "perencanaan-pengingat")
	void terjadwal() {
		LocalDate today = jadwal.hariIni();
		if (kalender.isWorkingDay(today)) {
			jalankan(today);
		}
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
		int remindPlan = 0;
		int latePlan = 0;
		for (RencanaAksi ra : rencanaAksi.findByStatusIn(EnumSet.of(StatusRencanaAksi.BELUM_MULAI,
				StatusRencanaAksi.BERJALAN))) {
			UnitRef unit = organisasi.unit(ra.getUnitId()).orElse(null);
			if (unit == null) {
				continue;
			}
			String kunci = "perencanaan:rencana-aksi:" + ra.getId() + ":" + ra.getTenggat();
			String link = "/kelola/rencana-aksi/" + ra.getId();
			String tenggat = Terbilang.tanggal(ra.getTenggat());
			if (!hariIni.isAfter(ra.getTenggat())) {
				long sisa = kalender.workingDaysBetween(hariIni, kalender.workingDayOnOrAfter(ra.getTenggat()));
				if (properties.pengingatRencanaAksi().contains((int) sisa) && notifikasi.kirimSekali(kunci + ":H-" + sisa,
						PenerimaUnit.dari(unit), Pemberitahuan.of("perencanaan", "notif.rencanaAksi.pengingat", link,
								ra.getJudul(), tenggat, String.valueOf(sisa)))) {
					remindPlan++;
				}
			}
			else {
				List<Penerima> to = new ArrayList<>(PenerimaUnit.dari(unit));
				to.add(Penerima.peran(Peran.KOORDINATOR_FORUM, ra.getOrganisasiId()));
				if (notifikasi.kirimSekali(kunci + ":terlambat", to, Pemberitahuan.of("perencanaan",
						"notif.rencanaAksi.terlambat", link, ra.getJudul(), tenggat))) {
					latePlan++;
				}
			}
		}
		return new Hasil(remind, late, remindPlan, latePlan);
	}

	private static List<Penerima> produsen(Entri e) {
		return List.of(Penerima.peranUnit(Peran.PRODUSEN_DATA, e.getOrganisasiId(), e.getProdusenUnitId()),
				Penerima.peranUnit(Peran.WALIDATA_PENDUKUNG, e.getOrganisasiId(), e.getProdusenUnitId()));
	}

}
