package id.satudata.organisasi.keamanan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.security.SatuDataUser;

/** The login page (Spring Security processes the POST). */
@Controller
class LoginController {

	private final OrganisasiProperties properties;

	LoginController(OrganisasiProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/masuk")
	String login(@RequestParam(required = false) String galat, @RequestParam(required = false) Long detik,
			Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SatuDataUser) {
			return "redirect:/kelola";
		}
		if (galat != null) {
			model.addAttribute("galatKey", "tunggu".equals(galat) ? "login.galat.tunggu" : "login.galat.kredensial");
			model.addAttribute("detik", detik == null ? 1 : Math.max(1, Math.min(detik, 86_400)));
		}
		model.addAttribute("pendaftaran", properties.pendaftaran());
		return "organisasi/masuk";
	}

}
