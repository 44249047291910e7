package id.satudata.standar.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;
import id.satudata.shared.web.MenuItem;

/**
 * Menu entries, URL rules and the home-page card of the standards module. {@code /kelola/metadata/**}
 * needs a login (the owner of each form decides the rest); the SDS back office needs a role that takes
 * part in proposals; the catalogue itself is public.
 */
@Configuration(proxyBeanMethods = false)
class StandarMenu {

	@Bean
	UrlAuthorization standarUrlRules() {
		return rules -> rules.requestMatchers("/kelola/standar-data", "/kelola/standar-data/**")
			.hasAnyRole("PRODUSEN_DATA", "WALIDATA", "PEMBINA_DATA", "ADMIN");
	}

	@Bean
	MenuItem standarDataMenuItem() {
		return MenuItem.of("menu.grup.standar", "menu.standarData", "/kelola/standar-data", "bookmark-check", 600,
				"PRODUSEN_DATA", "WALIDATA", "PEMBINA_DATA", "ADMIN");
	}

	@Bean
	MenuItem metadataStatistikMenuItem() {
		return MenuItem.of("menu.grup.standar", "menu.metadataStatistik", "/kelola/metadata", "journal-text", 610,
				"WALIDATA", "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "PEMBINA_DATA", "ADMIN");
	}

	/** "SDS proposals waiting for you" for reviewers who have some. */
	@Bean
	DashboardContributor standarDashboard(UsulanSdsService usulan, id.satudata.shared.security.CurrentUser currentUser) {
		return () -> {
			if (!currentUser.has(id.satudata.shared.security.Peran.WALIDATA)
					&& !currentUser.has(id.satudata.shared.security.Peran.PEMBINA_DATA)) {
				return List.of();
			}
			long n = usulan.jumlahMenunggu();
			return List.of(new DashboardCard("dasbor.usulanSds", String.valueOf(n), "/kelola/standar-data", "bookmark-check", n > 0));
		};
	}

}
