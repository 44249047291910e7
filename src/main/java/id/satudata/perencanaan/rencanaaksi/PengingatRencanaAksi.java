package id.satudata.perencanaan.rencanaaksi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.internal.PerencanaanProperties;
import id.satudata.perencanaan.internal.Terbilang;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.Peran;

/**
 * Action-plan reminders, every working day at 07:00 WIB: an item's owner unit N working days before
 * its due date ({@code satudata.perencanaan.pengingat-rencana-aksi}) and once when it is overdue
 * (with the Koordinator Forum). Each reminder is sent once ({@link Notifikasi#kirimSekali}), so a
 * rerun or a second node sends nothing twice.
 */
@Component
class PengingatRencanaAksi {

	/** What one run sent. */
	record Hasil(int pengingat, int terlambat) {
	}

	private final RencanaAksiRepository rencanaAksi;
	private final HariIni hariIni;
	private final OrganisasiDirectory organisasi;
	private final Notifikasi notifikasi;
	private final WorkingCalendar kalender;
	private final PerencanaanProperties properties;

	PengingatRencanaAksi(RencanaAksiRepository rencanaAksi, HariIni hariIni, OrganisasiDirectory organisasi,
			Notifikasi notifikasi, WorkingCalendar kalender, PerencanaanProperties properties) {
		this.rencanaAksi = rencanaAksi;
		this.hariIni = hariIni;
		this.organisasi = organisasi;
		this.notifikasi = notifikasi;
		this.kalender = kalender;
		this.properties = properties;
	}

	@Scheduled(cron = "${satudata.perencanaan.pengingat-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "perencanaan-pengingat-rencana-aksi")
	void terjadwal() {
		hariIni.hariKerja().ifPresent(this::jalankan);
	}

	@Transactional
	Hasil jalankan(LocalDate hariIni) {
		int remind = 0;
		int late = 0;
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
					remind++;
				}
			}
			else {
				List<Penerima> to = new ArrayList<>(PenerimaUnit.dari(unit));
				to.add(Penerima.peran(Peran.KOORDINATOR_FORUM, ra.getOrganisasiId()));
				if (notifikasi.kirimSekali(kunci + ":terlambat", to, Pemberitahuan.of("perencanaan",
						"notif.rencanaAksi.terlambat", link, ra.getJudul(), tenggat))) {
					late++;
				}
			}
		}
		return new Hasil(remind, late);
	}

}
