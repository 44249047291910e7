package id.satudata.sinkron.kirim;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.security.UrlAuthorization;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.MenuItem;

/**
 * The Walidata's choice of datasets to push up ({@code /kelola/kirim}) and the administrator's settings
 * of the portal above ({@code /kelola/admin/kirim-tujuan}).
 */
@Controller
class KirimController {

	private static final int PER_HALAMAN = 25;

	private final KirimService service;
	private final Flash flash;

	KirimController(KirimService service, Flash flash) {
		this.service = service;
		this.flash = flash;
	}

	@GetMapping("/kelola/kirim")
	@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
	String daftar(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		int nomor = Math.max(0, Math.min(page, 10_000));
		KirimService.Halaman halaman = service.halaman(q, nomor * PER_HALAMAN, PER_HALAMAN);
		model.addAttribute("halaman", halaman);
		model.addAttribute("nomor", nomor);
		model.addAttribute("jumlahHalaman", (int) ((halaman.total() + PER_HALAMAN - 1) / PER_HALAMAN));
		model.addAttribute("q", q);
		return "sinkron/kirim";
	}

	@PostMapping("/kelola/kirim/{datasetId}/pilih")
	@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
	String pilih(@PathVariable long datasetId, RedirectAttributes redirect) {
		return aksi(redirect, "kirim.sukses.dipilih", () -> service.pilih(datasetId));
	}

	@PostMapping("/kelola/kirim/{datasetId}/batal")
	@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
	String batal(@PathVariable long datasetId, RedirectAttributes redirect) {
		return aksi(redirect, "kirim.sukses.dibatalkan", () -> service.batal(datasetId));
	}

	@PostMapping("/kelola/kirim/{datasetId}/coba-lagi")
	@PreAuthorize("hasAnyRole('WALIDATA', 'ADMIN')")
	String cobaLagi(@PathVariable long datasetId, RedirectAttributes redirect) {
		return aksi(redirect, "kirim.sukses.cobaLagi", () -> service.cobaLagi(datasetId));
	}

	private String aksi(RedirectAttributes redirect, String sukses, Runnable aksi) {
		return flash.attempt(redirect, "/kelola/kirim", () -> {
			aksi.run();
			flash.success(redirect, sukses);
		});
	}

	@GetMapping("/kelola/admin/kirim-tujuan")
	@PreAuthorize("hasRole('ADMIN')")
	String tujuan(Model model) {
		KirimService.TampilanTujuan tampilan = service.tujuan();
		model.addAttribute("tampilan", tampilan);
		model.addAttribute("t", tampilan.tujuan());
		return "sinkron/kirim-tujuan";
	}

	@PostMapping("/kelola/admin/kirim-tujuan")
	@PreAuthorize("hasRole('ADMIN')")
	String simpanTujuan(@RequestParam(required = false) String urlDasar,
			@RequestParam(required = false) String organisasiBawaan, @RequestParam(required = false) String petaOrganisasi,
			@RequestParam(required = false) String awalanNama, @RequestParam(required = false) String token,
			@RequestParam(defaultValue = "false") boolean hapusToken, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/admin/kirim-tujuan", () -> {
			service.simpanTujuan(urlDasar, organisasiBawaan, petaOrganisasi, awalanNama, token, hapusToken);
			flash.success(redirect, "kirim.sukses.tujuan");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		UrlAuthorization kirimUrlRules() {
			return rules -> rules.requestMatchers("/kelola/kirim", "/kelola/kirim/**").hasAnyRole("WALIDATA", "ADMIN");
		}

		@Bean
		MenuItem kirimMenuItem() {
			return MenuItem.of("menu.grup.katalog", "menu.kirim", "/kelola/kirim", "cloud-upload", 340, "WALIDATA",
					"ADMIN");
		}

		@Bean
		MenuItem kirimTujuanMenuItem() {
			return MenuItem.of("menu.grup.admin", "menu.kirimTujuan", "/kelola/admin/kirim-tujuan", "cloud-arrow-up", 935,
					"ADMIN");
		}

	}

}
