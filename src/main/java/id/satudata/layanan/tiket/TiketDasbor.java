package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;

/**
 * The home page's cards of the service desk: per kind of ticket what waits for the user, and how
 * much of it is past due (counted in the database); nothing for a user nothing waits for, and no card
 * of a kind whose list the user may not open ({@link JenisTiket#bolehBukaDaftar}).
 */
@Component
class TiketDasbor implements DashboardContributor {

	private final List<JenisTiket<?>> jenis;
	private final TiketLayanan layanan;
	private final LayananAkses akses;
	private final Clock clock;

	TiketDasbor(List<JenisTiket<?>> jenis, TiketLayanan layanan, LayananAkses akses, Clock clock) {
		this.jenis = List.copyOf(jenis);
		this.layanan = layanan;
		this.akses = akses;
		this.clock = clock;
	}

	@Override
	public List<DashboardCard> cards() {
		Instant now = clock.instant();
		List<DashboardCard> cards = new ArrayList<>();
		long semua = 0;
		long terlambat = 0;
		// only the kinds whose list the user may open: a card must never lead to a refusal
		List<JenisTiket<?>> terbuka = jenis.stream().filter(j -> j.bolehBukaDaftar(akses)).toList();
		for (JenisTiket<?> j : terbuka) {
			TiketLayanan.Menunggu m = layanan.menunggu(j, now);
			JenisTiket.Sebutan s = j.sebutan();
			cards.add(new DashboardCard(s.kartuKey(), String.valueOf(m.jumlah()), s.tautanKelola(), s.ikon(), m.jumlah() > 0));
			semua += m.jumlah();
			terlambat += m.terlambat();
		}
		if (semua == 0) {
			return List.of();
		}
		cards.add(new DashboardCard("dasbor.layanan.terlambat", String.valueOf(terlambat), terbuka.get(0).sebutan().tautanKelola(),
				"alarm", terlambat > 0));
		return cards;
	}

}
