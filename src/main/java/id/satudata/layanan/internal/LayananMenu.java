package id.satudata.layanan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.DashboardCard;
import id.satudata.shared.web.DashboardContributor;
import id.satudata.shared.web.MenuItem;

/** URL rules, menu entries and home-page cards of the service desk. */
@Configuration(proxyBeanMethods = false)
class LayananMenu {

	static final String[] STAF = { "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN" };
	static final String[] PIMPINAN = { "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR" };

	@Bean
	UrlAuthorization layananUrlRules() {
		return rules -> rules
			.requestMatchers("/kelola/layanan", "/kelola/layanan/**", "/kelola/pengaduan", "/kelola/pengaduan/**")
			.hasAnyRole(dengan(STAF, "ADMIN"))
			.requestMatchers("/kelola/laporan-layanan", "/kelola/laporan-layanan/**", "/kelola/evaluasi-layanan",
					"/kelola/evaluasi-layanan/**")
			.hasAnyRole(dengan(PIMPINAN, "ADMIN"))
			.requestMatchers("/kelola/rekomendasi", "/kelola/rekomendasi/**")
			.hasAnyRole(REKOMENDASI);
	}

	static final String[] REKOMENDASI = { "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "PEMBINA_DATA", "WALIDATA",
			"KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "ADMIN" };

	@Bean
	MenuItem layananRekomendasiMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.rekomendasi", "/kelola/rekomendasi", "patch-check", 620,
				REKOMENDASI);
	}

	/** The Pembina Data's requests to examine (late ones flagged) and the agency's returned requests. */
	@Bean
	DashboardContributor rekomendasiDashboard(RekomendasiService rekomendasi, RekomendasiAkses akses, Clock clock) {
		return () -> {
			List<Rekomendasi> semua = rekomendasi.daftar();
			Instant now = clock.instant();
			List<Rekomendasi> periksa = semua.stream().filter(r -> r.getStatus().menungguPembina()
					&& akses.peran(r).contains(PeranRekomendasi.PEMBINA)).toList();
			List<Rekomendasi> perbaiki = semua.stream().filter(r -> r.getStatus() == StatusRekomendasi.DIKEMBALIKAN
					&& akses.peran(r).contains(PeranRekomendasi.PEMOHON)).toList();
			List<DashboardCard> cards = new ArrayList<>();
			if (!periksa.isEmpty()) {
				boolean telat = periksa.stream().anyMatch(r -> r.getTenggat() != null && r.getTenggat().isBefore(now));
				cards.add(new DashboardCard("dasbor.rekomendasi.periksa", String.valueOf(periksa.size()),
						"/kelola/rekomendasi", "patch-check", telat));
			}
			if (!perbaiki.isEmpty()) {
				cards.add(new DashboardCard("dasbor.rekomendasi.perbaiki", String.valueOf(perbaiki.size()),
						"/kelola/rekomendasi", "pencil-square", true));
			}
			return cards;
		};
	}

	@Bean
	MenuItem layananKotakMasukMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.kotakMasuk", "/kelola/layanan", "inbox", 600,
				dengan(STAF, "ADMIN"));
	}

	@Bean
	MenuItem layananPengaduanMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.pengaduan", "/kelola/pengaduan", "megaphone", 610,
				dengan(STAF, "ADMIN"));
	}

	@Bean
	MenuItem layananLaporanMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.laporan", "/kelola/laporan-layanan", "graph-up", 630,
				dengan(PIMPINAN, "ADMIN"));
	}

	@Bean
	MenuItem layananEvaluasiMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.evaluasi", "/kelola/evaluasi-layanan", "clipboard-data",
				640, dengan(PIMPINAN, "ADMIN"));
	}

	@Bean
	MenuItem layananSayaMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.saya", "/kelola/permintaan-saya", "person-lines-fill", 650);
	}

	/** What waits for the user at the service desk, and how much of it is late. */
	@Bean
	DashboardContributor layananDashboard(PermintaanService permintaan, PengaduanService pengaduan, JamLayanan jam,
			Clock clock) {
		return () -> {
			List<Permintaan> p = permintaan.kotakMasuk();
			List<Pengaduan> a = pengaduan.kotakMasuk();
			if (p.isEmpty() && a.isEmpty()) {
				return List.of();
			}
			Instant now = clock.instant();
			long telat = p.stream().filter(x -> jam.timer(x, now).terlambat()).count()
					+ a.stream().filter(x -> jam.timer(x, now).terlambat()).count();
			List<DashboardCard> cards = new ArrayList<>();
			cards.add(new DashboardCard("dasbor.layanan.menunggu", String.valueOf(p.size()), "/kelola/layanan", "inbox",
					!p.isEmpty()));
			cards.add(new DashboardCard("dasbor.layanan.pengaduan", String.valueOf(a.size()), "/kelola/pengaduan",
					"megaphone", !a.isEmpty()));
			cards.add(new DashboardCard("dasbor.layanan.terlambat", String.valueOf(telat), "/kelola/layanan",
					"alarm", telat > 0));
			return cards;
		};
	}

	private static String[] dengan(String[] roles, String extra) {
		String[] out = java.util.Arrays.copyOf(roles, roles.length + 1);
		out[roles.length] = extra;
		return out;
	}

}
