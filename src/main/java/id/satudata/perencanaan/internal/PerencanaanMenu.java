package id.satudata.perencanaan.internal;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

/** URL rules and back-office menu entries of planning (its home-page cards: {@code monitoring.DasborBeranda}). */
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

}
