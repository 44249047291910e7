package id.satudata.katalog.internal;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.dataset.DatasetRepository;
import id.satudata.katalog.rilis.RilisRepository;
import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;
import id.satudata.shared.web.MenuItem;

@Configuration(proxyBeanMethods = false)
class KatalogMenu {

	@Bean
	UrlAuthorization katalogUrlRules() {
		return rules -> rules.requestMatchers("/kelola/dataset/**", "/kelola/dataset").hasAnyRole("WALIDATA", "ADMIN");
	}

	@Bean
	MenuItem datasetMenuItem() {
		return MenuItem.of("menu.grup.katalog", "menu.dataset", "/kelola/dataset", "database", 300, "WALIDATA", "ADMIN");
	}

	/** The Walidata's home page shows the datasets they keep and the draft releases waiting to be published. */
	@Bean
	DashboardContributor katalogDashboard(KatalogAkses akses, DatasetRepository datasets, RilisRepository rilis) {
		return () -> {
			KatalogAkses.Lingkup l = akses.lingkup();
			if (!l.admin() && l.kelolaOrganisasi().isEmpty()) {
				return List.of();
			}
			long jumlah = datasets.count(Specification.where(akses.dikelola(l)));
			long drafts = rilis.count(RilisRepository.berstatus(StatusRilis.DRAFT, akses.dikelola(l)));
			return List.of(new DashboardCard("dasbor.dataset", String.valueOf(jumlah), "/kelola/dataset", "database",
					false), new DashboardCard("dasbor.rilisDraf", String.valueOf(drafts), "/kelola/dataset", "hourglass-split",
							drafts > 0));
		};
	}

}
