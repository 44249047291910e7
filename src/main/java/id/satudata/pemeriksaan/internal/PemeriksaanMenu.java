package id.satudata.pemeriksaan.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.pemeriksaan.ItemKotakMasuk;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;
import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class PemeriksaanMenu {

	@Bean
	UrlAuthorization pemeriksaanUrlRules() {
		return rules -> rules.requestMatchers("/kelola/pemeriksaan/**", "/kelola/pemeriksaan")
			.hasAnyRole("WALIDATA", "WALIDATA_PENDUKUNG", "PEMBINA_DATA", "PRODUSEN_DATA", "ADMIN");
	}

	@Bean
	MenuItem pemeriksaanMenuItem() {
		return MenuItem.of("menu.grup.pemeriksaan", "menu.pemeriksaan", "/kelola/pemeriksaan", "inbox", 200, "WALIDATA",
				"WALIDATA_PENDUKUNG", "PEMBINA_DATA", "PRODUSEN_DATA", "ADMIN");
	}

	/** "N submissions wait for you", overdue ones drawing attention. */
	@Bean
	DashboardContributor pemeriksaanDashboard(Pemeriksaan pemeriksaan) {
		return () -> {
			List<ItemKotakMasuk> items = pemeriksaan.kotakMasuk();
			if (items.isEmpty()) {
				return List.of();
			}
			long late = items.stream().filter(ItemKotakMasuk::terlambat).count();
			return List.of(new DashboardCard("dasbor.pemeriksaanMenunggu", String.valueOf(items.size()),
					"/kelola/pemeriksaan", "inbox", late > 0));
		};
	}

}
