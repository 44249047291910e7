package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/**
 * The home page's cards of the service desk: per kind of ticket what waits for the user, and how
 * much of it is past due (counted in the database); nothing for a user nothing waits for.
 */
@Component
class TiketDasbor implements DashboardContributor {

	private final List<JenisTiket<?>> jenis;
	private final TiketLayanan layanan;
	private final Clock clock;

	TiketDasbor(List<JenisTiket<?>> jenis, TiketLayanan layanan, Clock clock) {
		this.jenis = List.copyOf(jenis);
		this.layanan = layanan;
		this.clock = clock;
	}

	@Override
	public List<DashboardCard> cards() {
		Instant now = clock.instant();
		List<DashboardCard> cards = new ArrayList<>();
		long semua = 0;
		long terlambat = 0;
		for (JenisTiket<?> j : jenis) {
			TiketLayanan.Menunggu m = layanan.menunggu(j, now);
			JenisTiket.Sebutan s = j.sebutan();
			cards.add(new DashboardCard(s.kartuKey(), String.valueOf(m.jumlah()), s.tautanKelola(), s.ikon(), m.jumlah() > 0));
			semua += m.jumlah();
			terlambat += m.terlambat();
		}
		if (semua == 0) {
			return List.of();
		}
		cards.add(new DashboardCard("dasbor.layanan.terlambat", String.valueOf(terlambat), jenis.get(0).sebutan().tautanKelola(),
				"alarm", terlambat > 0));
		return cards;
	}

}
