package id.satudata.layanan.rekomendasi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/** The home page's cards: the Pembina Data's requests to examine (late ones flagged), the agency's returned requests. */
@Component
class RekomendasiDasbor implements DashboardContributor {

	private final RekomendasiService service;
	private final Clock clock;

	RekomendasiDasbor(RekomendasiService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@Override
	public List<DashboardCard> cards() {
		RekomendasiService.Menunggu m = service.menunggu(clock.instant());
		List<DashboardCard> cards = new ArrayList<>();
		if (m.periksa() > 0) {
			cards.add(new DashboardCard("dasbor.rekomendasi.periksa", String.valueOf(m.periksa()), "/kelola/rekomendasi",
					"patch-check", m.periksaTerlambat() > 0));
		}
		if (m.perbaiki() > 0) {
			cards.add(new DashboardCard("dasbor.rekomendasi.perbaiki", String.valueOf(m.perbaiki()), "/kelola/rekomendasi",
					"pencil-square", true));
		}
		return cards;
	}

}
