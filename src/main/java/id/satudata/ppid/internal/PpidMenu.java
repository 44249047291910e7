package id.satudata.ppid.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

/** URL rules and menu entries of the PPID. */
@Configuration(proxyBeanMethods = false)
class PpidMenu {

	/** Who may open the back office of requests: the PPID, those asked for a view, the PPID's superior. */
	static final String[] KELOLA = { "PPID", "WALIDATA", "PRODUSEN_DATA", "KEPALA_DINAS" };

	@Bean
	UrlAuthorization ppidUrlRules() {
		return rules -> rules.requestMatchers("/kelola/ppid", "/kelola/ppid/**")
			.hasAnyRole(KELOLA)
			.requestMatchers("/ppid/permohonan", "/ppid/permohonan/**")
			.authenticated();
	}

	@Bean
	MenuItem ppidRegisterMenu() {
		return MenuItem.of("menu.grup.ppid", "menu.ppid.register", "/kelola/ppid", "journal-bookmark", 700, KELOLA);
	}

	@Bean
	MenuItem ppidLaporanMenu() {
		return MenuItem.of("menu.grup.ppid", "ppid.laporan.menu", "/kelola/ppid/laporan", "file-earmark-bar-graph", 705,
				"PPID", "KEPALA_DINAS");
	}

	@Bean
	MenuItem ppidSayaMenu() {
		return MenuItem.of("menu.grup.ppid", "menu.ppid.saya", "/kelola/permohonan-saya", "envelope-paper", 710);
	}

}
