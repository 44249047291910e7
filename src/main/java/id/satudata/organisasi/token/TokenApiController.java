package id.satudata.organisasi.token;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.web.Flash;
import id.satudata.shared.web.UserFacingException;

/** The user's own API tokens, created and revoked from the account page ({@code /akun#token-api}). */
@Controller
@RequestMapping("/akun/token")
class TokenApiController {

	private final TokenApiService tokens;
	private final Flash flash;

	TokenApiController(TokenApiService tokens, Flash flash) {
		this.tokens = tokens;
		this.flash = flash;
	}

	/** Creates an API token; it is shown once, on the page the user is sent back to. */
	@PostMapping
	String createToken(@RequestParam(required = false) String nama, @RequestParam(required = false) String berlakuHari,
			RedirectAttributes redirect) {
		Integer days = null;
		if (berlakuHari != null && !berlakuHari.isBlank()) {
			try {
				days = Integer.valueOf(berlakuHari.strip());
			}
			catch (NumberFormatException e) {
				flash.error(redirect, "token.galat.berlaku", TokenApiService.MAKS_HARI);
				return "redirect:/akun#token-api";
			}
		}
		try {
			redirect.addFlashAttribute("tokenBaru", tokens.buatUntukSaya(nama, days));
			flash.success(redirect, "token.dibuat");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e.getMessageKey(), e.getArgs());
		}
		return "redirect:/akun#token-api";
	}

	@PostMapping("/{uuid}/cabut")
	String revokeToken(@PathVariable String uuid, RedirectAttributes redirect) {
		tokens.cabut(uuid);
		flash.success(redirect, "token.dicabut");
		return "redirect:/akun#token-api";
	}

}
