package id.satudata.sinkron.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class SinkronMenu {

	@Bean
	UrlAuthorization sinkronUrlRules() {
		return rules -> rules.requestMatchers("/kelola/panen/**", "/kelola/panen").hasAnyRole("WALIDATA", "ADMIN");
	}

	@Bean
	MenuItem panenMenuItem() {
		return MenuItem.of("menu.grup.katalog", "menu.panen", "/kelola/panen", "cloud-download", 340, "WALIDATA", "ADMIN");
	}

}
