package id.satudata.organisasi.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class OrganisasiMenu {

	@Bean
	MenuItem organisasiMenuItem() {
		return MenuItem.of("menu.grup.admin", "menu.organisasi", "/kelola/admin/organisasi", "diagram-3", 900, "ADMIN");
	}

	@Bean
	MenuItem penggunaMenuItem() {
		return MenuItem.of("menu.grup.admin", "menu.pengguna", "/kelola/admin/pengguna", "people", 910, "ADMIN");
	}

	@Bean
	MenuItem penahananLoginMenuItem() {
		return MenuItem.of("menu.grup.admin", "menu.penahananLogin", "/kelola/admin/penahanan-login", "hourglass-split",
				915, "ADMIN");
	}

}
