package id.satudata.perencanaan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.HariIni;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.jadwal.Rilisan;
import id.satudata.perencanaan.rencanaaksi.RencanaAksiService;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/** Planning's cards on the back-office home page: what waits for the user, counted in the database. */
@Configuration(proxyBeanMethods = false)
class DasborBeranda {

	/**
	 * Drafts to submit (Walidata), entries awaiting the Forum and overdue action plans (Koordinator),
	 * releases owed in the next 30 days and late (producers).
	 */
	@Bean
	DashboardContributor perencanaanDashboard(AksesPerencanaan akses, EntriRepository entri, JadwalRilisService jadwal,
			RencanaAksiService rencanaAksi, HariIni hariIni) {
		return () -> {
			List<DashboardCard> cards = new ArrayList<>();
			if (akses.user().isEmpty()) {
				return cards;
			}
			LocalDate today = hariIni.tanggal();
			Set<Long> walidata = akses.organisasiDengan(Peran.WALIDATA);
			if (!walidata.isEmpty()) {
				long n = entri.countByStatusAndOrganisasiIdIn(StatusEntri.DRAFT, walidata);
				cards.add(new DashboardCard("dasbor.entriDraft", String.valueOf(n), "/kelola/daftar-data", "list-check", n > 0));
			}
			Set<Long> forum = akses.organisasiDengan(Peran.KOORDINATOR_FORUM);
			if (!forum.isEmpty()) {
				long n = entri.countByStatusAndOrganisasiIdIn(StatusEntri.MENUNGGU_PERSETUJUAN, forum);
				cards.add(new DashboardCard("dasbor.entriMenunggu", String.valueOf(n), "/kelola/forum", "people", n > 0));
				long overdue = rencanaAksi.jumlahLewatTenggat(forum, today);
				cards.add(new DashboardCard("dasbor.rencanaAksiLewat", String.valueOf(overdue), "/kelola/rencana-aksi", "flag",
						overdue > 0));
			}
			Set<Long> units = akses.unitProdusen();
			if (!units.isEmpty()) {
				List<Rilisan> rilis = jadwal.rilisUnit(units, today.getYear(), today.plusDays(30));
				long open = rilis.stream().filter(r -> !r.terbit()).count();
				long late = rilis.stream().filter(r -> r.terlambat() && !r.terbit()).count();
				cards.add(new DashboardCard("dasbor.rilisTerutang", String.valueOf(open), "/kelola/kewajiban-data",
						"calendar-check", false));
				cards.add(new DashboardCard("dasbor.rilisTerlambat", String.valueOf(late), "/kelola/kewajiban-data",
						"exclamation-triangle", late > 0));
			}
			return cards;
		};
	}

}
