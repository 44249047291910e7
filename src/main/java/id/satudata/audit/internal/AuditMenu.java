package id.satudata.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	MenuItem auditMenuItem() {
		return MenuItem.of("menu.grup.admin", "menu.audit", "/kelola/admin/audit", "journal-text", 950, "ADMIN");
	}

}
