package id.satudata.referensi.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class ReferensiMenu {

	@Bean
	UrlAuthorization referensiUrlRules() {
		return rules -> rules.requestMatchers("/kelola/kode-referensi/**", "/kelola/padanan/**")
			.hasAnyRole("WALIDATA", "ADMIN");
	}

	@Bean
	MenuItem kodeReferensiMenuItem() {
		return MenuItem.of("menu.grup.referensi", "menu.kodeReferensi", "/kelola/kode-referensi", "list-columns", 500,
				"WALIDATA", "ADMIN");
	}

	@Bean
	MenuItem padananMenuItem() {
		return MenuItem.of("menu.grup.referensi", "menu.padanan", "/kelola/padanan", "arrow-left-right", 510,
				"WALIDATA", "ADMIN");
	}

}
