package id.satudata.standar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.web.MenuItem;

/** Back-office menu entries of the standards module (URL rules: {@code /kelola/**} needs a login; services check each object). */
@Configuration(proxyBeanMethods = false)
class StandarMenu {

	@Bean
	MenuItem metadataStatistikMenuItem() {
		return MenuItem.of("menu.grup.standar", "menu.metadataStatistik", "/kelola/metadata", "journal-text", 610,
				"WALIDATA", "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "PEMBINA_DATA", "ADMIN");
	}

}
