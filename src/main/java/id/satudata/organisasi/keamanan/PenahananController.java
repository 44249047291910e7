package id.satudata.organisasi.keamanan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.web.Flash;

/** Administrators see the login throttles and clear one (audited in {@link LoginThrottle}). */
@Controller
@RequestMapping("/kelola/admin/penahanan-login")
@PreAuthorize("hasRole('ADMIN')")
class PenahananController {

	private final LoginThrottle throttle;
	private final Flash flash;
	private final java.time.Clock clock;
	private final KalenderProperties kalender;

	PenahananController(LoginThrottle throttle, Flash flash, java.time.Clock clock, KalenderProperties kalender) {
		this.throttle = throttle;
		this.flash = flash;
		this.clock = clock;
		this.kalender = kalender;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("penahanan", throttle.semua());
		model.addAttribute("sekarang", clock.instant());
		model.addAttribute("zone", kalender.zone());
		return "organisasi/admin/penahanan-login";
	}

	@PostMapping("/hapus")
	String clear(@RequestParam LoginThrottle.Jenis jenis, @RequestParam String kunci, RedirectAttributes redirect) {
		if (throttle.hapus(jenis, kunci)) {
			flash.success(redirect, "penahanan.sukses.dihapus");
		}
		else {
			flash.error(redirect, "penahanan.galat.tidakAda");
		}
		return "redirect:/kelola/admin/penahanan-login";
	}

}
