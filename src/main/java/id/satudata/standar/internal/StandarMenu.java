package id.satudata.standar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

/**
 * Menu entries and URL rules of the standards module. {@code /kelola/metadata/**} needs a login (the
 * owner of each form decides the rest); the SDS back office ({@code /kelola/standar-data/**}: the
 * proposals and the import) needs a role that takes part in proposals; the catalogue itself is
 * public. The home-page card of waiting proposals: {@code usulan.DasborUsulan}.
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

}
