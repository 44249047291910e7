package id.satudata.organisasi.keamanan;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.satudata.organisasi.pengguna.PenggunaSso.Penolakan;

/** The page explaining a refused single sign-on; and the provider's name for the login page's button. */
@Controller
@ConditionalOnExpression(SsoConfig.AKTIF)
class SsoController {

	private static final Set<String> ALASAN = java.util.Arrays.stream(Penolakan.values())
		.map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final SsoProperties properties;

	SsoController(SsoProperties properties) {
		this.properties = properties;
	}

	/** Reached only when the provider could not be asked for its configuration (see SsoLogin). */
	@GetMapping(SsoLogin.AWAL)
	String penyediaTidakTerjangkau() {
		return "redirect:" + SsoLogin.DITOLAK + "?alasan=galat";
	}

	@GetMapping(SsoLogin.DITOLAK)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String ditolak(@RequestParam(required = false) String alasan, Model model) {
		String key = alasan != null && ALASAN.contains(alasan) ? alasan : "galat";
		model.addAttribute("pesanKey", "sso.ditolak." + key);
		return "organisasi/sso-ditolak";
	}

	/** "Masuk dengan SSO …" on the login page. */
	@ControllerAdvice(assignableTypes = LoginController.class)
	@ConditionalOnExpression(SsoConfig.AKTIF)
	static class Tombol {

		private final SsoProperties properties;

		Tombol(SsoProperties properties) {
			this.properties = properties;
		}

		@ModelAttribute("ssoPenyedia")
		String ssoPenyedia() {
			return properties.namaPenyedia();
		}

	}

}
