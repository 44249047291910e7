package id.satudata.standar.usulan;

import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Peran;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/** "SDS proposals waiting for you" on the back-office home page, for reviewers. */
@Component
class DasborUsulan implements DashboardContributor {

	private final UsulanSdsService usulan;
	private final CurrentUser currentUser;

	DasborUsulan(UsulanSdsService usulan, CurrentUser currentUser) {
		this.usulan = usulan;
		this.currentUser = currentUser;
	}

	@Override
	public List<DashboardCard> cards() {
		if (!currentUser.has(Peran.WALIDATA) && !currentUser.has(Peran.PEMBINA_DATA)) {
			return List.of();
		}
		long n = usulan.jumlahMenunggu();
		return List.of(new DashboardCard("dasbor.usulanSds", String.valueOf(n), "/kelola/standar-data", "bookmark-check", n > 0));
	}

}
