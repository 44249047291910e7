package id.satudata.layanan.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.MenuItem;

/**
 * URL rules and menu entries of the service desk (the home-page cards are made by the features:
 * {@code tiket.TiketDasbor}, {@code rekomendasi.RekomendasiDasbor}).
 */
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
			.hasAnyRole(REKOMENDASI)
			.requestMatchers("/kelola/laporan-data", "/kelola/laporan-data/**")
			.hasAnyRole(LAPORAN_DATA)
			// the list: the desk and the Walidata; a request's page also to the organization's other
			// government roles (without the requester's data), decided by the service
			.requestMatchers("/kelola/permintaan-data")
			.hasAnyRole(PERMINTAAN_DATA)
			.requestMatchers("/kelola/permintaan-data/**")
			.authenticated();
	}

	static final String[] REKOMENDASI = { "PRODUSEN_DATA", "WALIDATA_PENDUKUNG", "PEMBINA_DATA", "WALIDATA",
			"KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN", "ADMIN" };

	/** Reports of a problem in a dataset: the organization's Walidata and the producer units' Produsen Data. */
	static final String[] LAPORAN_DATA = { "WALIDATA", "PRODUSEN_DATA" };

	/** Data requests: the service desk's staff, the Walidata (who turns them into Daftar Data proposals), administrators. */
	static final String[] PERMINTAAN_DATA = { "KEPALA_DINAS", "KEPALA_BIDANG", "SUB_KOORDINATOR", "PETUGAS_LAYANAN",
			"WALIDATA", "ADMIN" };

	@Bean
	MenuItem layananPermintaanDataMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.permintaanData", "/kelola/permintaan-data", "search-heart",
				612, PERMINTAAN_DATA);
	}

	@Bean
	MenuItem layananLaporanDataMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.laporanData", "/kelola/laporan-data", "flag", 615,
				LAPORAN_DATA);
	}

	@Bean
	MenuItem layananRekomendasiMenu() {
		return MenuItem.of("menu.grup.layanan", "menu.layanan.rekomendasi", "/kelola/rekomendasi", "patch-check", 620,
				REKOMENDASI);
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

	private static String[] dengan(String[] roles, String extra) {
		String[] out = java.util.Arrays.copyOf(roles, roles.length + 1);
		out[roles.length] = extra;
		return out;
	}

}
