package id.satudata.pengumpulan.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class PengumpulanMenu {

	@Bean
	UrlAuthorization pengumpulanUrlRules() {
		return rules -> rules.requestMatchers("/kelola/pengumpulan/aturan/**").hasAnyRole("WALIDATA", "ADMIN")
			.requestMatchers("/kelola/pengumpulan/**", "/kelola/pengumpulan").hasRole("PRODUSEN_DATA");
	}

	@Bean
	MenuItem pengumpulanMenuItem() {
		return MenuItem.of("menu.grup.pemeriksaan", "menu.pengumpulan", "/kelola/pengumpulan", "cloud-upload", 190,
				"PRODUSEN_DATA");
	}

}
