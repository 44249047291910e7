package id.satudata.perencanaan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;
import id.satudata.shared.web.MenuItem;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.EntriRepository;
import id.satudata.perencanaan.daftardata.StatusEntri;
import id.satudata.perencanaan.jadwal.JadwalRilisService;
import id.satudata.perencanaan.jadwal.Rilisan;
import id.satudata.perencanaan.rencanaaksi.RencanaAksiRepository;

/** URL rules, back-office menu entries and home-page cards of planning. */
@Configuration(proxyBeanMethods = false)
class PerencanaanMenu {

	/** Every role inside government (a registered member of the public has none of these pages). */
	static final String[] PEMERINTAH = { "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "WALIDATA", "PEMBINA_DATA",
			"KOORDINATOR_FORUM", "PPID", "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "ADMIN" };
	static final String[] PRODUSEN = { "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "WALIDATA", "ADMIN" };
	static final String[] PIMPINAN = { "WALIDATA", "KOORDINATOR_FORUM", "KEPALA_DINAS", "KEPALA_BIDANG", "ADMIN" };

	@Bean
	UrlAuthorization perencanaanUrlRules() {
		return rules -> rules
			.requestMatchers("/kelola/daftar-data", "/kelola/daftar-data/**", "/kelola/forum", "/kelola/forum/**",
					"/kelola/data-prioritas", "/kelola/data-prioritas/**", "/kelola/rencana-aksi", "/kelola/rencana-aksi/**")
			.hasAnyRole(PEMERINTAH)
			.requestMatchers("/kelola/kewajiban-data", "/kelola/kewajiban-data/**").hasAnyRole(PRODUSEN)
			.requestMatchers("/kelola/monitoring", "/kelola/monitoring/**").hasAnyRole(PIMPINAN);
	}

	@Bean
	MenuItem daftarDataMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.daftarData", "/kelola/daftar-data", "list-check", 200, PEMERINTAH);
	}

	@Bean
	MenuItem kewajibanMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.kewajiban", "/kelola/kewajiban-data", "calendar-check", 205,
				"PRODUSEN_DATA", "WALIDATA_PENDUKUNG");
	}

	@Bean
	MenuItem forumMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.forum", "/kelola/forum", "people", 210, PEMERINTAH);
	}

	@Bean
	MenuItem prioritasMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.dataPrioritas", "/kelola/data-prioritas", "star", 215, PEMERINTAH);
	}

	@Bean
	MenuItem rencanaAksiMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.rencanaAksi", "/kelola/rencana-aksi", "flag", 220, PEMERINTAH);
	}

	@Bean
	MenuItem monitoringMenu() {
		return MenuItem.of("menu.grup.perencanaan", "menu.monitoring", "/kelola/monitoring", "bar-chart-line", 225, PIMPINAN);
	}

	/** What waits: drafts to submit (Walidata), entries awaiting the Forum (Koordinator), releases owed and late (producers). */
	@Bean
	DashboardContributor perencanaanDashboard(AksesPerencanaan akses, EntriRepository entri, JadwalRilisService jadwal,
			RencanaAksiRepository rencanaAksi) {
		return () -> {
			List<DashboardCard> cards = new ArrayList<>();
			if (akses.user().isEmpty()) {
				return cards;
			}
			Set<Long> walidata = akses.organisasiDengan(id.satudata.shared.security.Peran.WALIDATA);
			if (!walidata.isEmpty()) {
				long n = entri.countByStatusAndOrganisasiIdIn(StatusEntri.DRAFT, walidata);
				cards.add(new DashboardCard("dasbor.entriDraft", String.valueOf(n), "/kelola/daftar-data", "list-check", n > 0));
			}
			Set<Long> forum = akses.organisasiDengan(id.satudata.shared.security.Peran.KOORDINATOR_FORUM);
			if (!forum.isEmpty()) {
				long n = entri.countByStatusAndOrganisasiIdIn(StatusEntri.MENUNGGU_PERSETUJUAN, forum);
				cards.add(new DashboardCard("dasbor.entriMenunggu", String.valueOf(n), "/kelola/forum", "people", n > 0));
				LocalDate today = jadwal.hariIni();
				long overdue = rencanaAksi.findByOrganisasiIdInAndTahunOrderByTenggatAsc(forum, today.getYear()).stream()
					.filter(r -> r.lewatTenggat(today)).count();
				cards.add(new DashboardCard("dasbor.rencanaAksiLewat", String.valueOf(overdue), "/kelola/rencana-aksi", "flag",
						overdue > 0));
			}
			Set<Long> units = akses.unitProdusen();
			if (!units.isEmpty()) {
				LocalDate today = jadwal.hariIni();
				List<Entri> owed = new ArrayList<>();
				units.forEach(u -> owed.addAll(entri.findByStatusAndProdusenUnitIdAndTahun(StatusEntri.DISETUJUI, u,
						today.getYear())));
				List<Rilisan> rilis = jadwal.susun(owed, j -> !j.getTanggalRencana().isAfter(today.plusDays(30)));
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
