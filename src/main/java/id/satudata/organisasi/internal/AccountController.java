package id.satudata.organisasi.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** The user's own account: profile summary and password change. */
@Controller
@RequestMapping("/akun")
class AccountController {

	private final PenggunaService pengguna;
	private final OrganisasiService organisasi;
	private final CurrentUser currentUser;
	private final Flash flash;
	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final TokenApiService tokens;

	AccountController(PenggunaService pengguna, OrganisasiService organisasi, CurrentUser currentUser, Flash flash,
			TokenApiService tokens) {
		this.tokens = tokens;
		this.pengguna = pengguna;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.flash = flash;
	}

	@InitBinder("gantiPassword")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("passwordLama", "passwordBaru", "konfirmasi");
	}

	@GetMapping
	String profil(Model model) {
		Pengguna p = pengguna.entity(currentUser.require().getId());
		model.addAttribute("pengguna", p);
		model.addAttribute("penugasan", PenggunaAdminController.describe(p, organisasi));
		model.addAttribute("token", tokens.milikSaya());
		return "organisasi/akun";
	}

	/** Creates an API token; it is shown once, on the page the user is sent back to. */
	@PostMapping("/token")
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

	@PostMapping("/token/{uuid}/cabut")
	String revokeToken(@PathVariable String uuid, RedirectAttributes redirect) {
		tokens.cabut(uuid);
		flash.success(redirect, "token.dicabut");
		return "redirect:/akun#token-api";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("gantiPassword", new GantiPasswordForm());
		model.addAttribute("wajib", currentUser.require().isMustChangePassword());
		return "organisasi/ganti-password";
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("gantiPassword") GantiPasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			pengguna.changeOwnPassword(form.getPasswordLama(), form.getPasswordBaru(), form.getKonfirmasi());
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			model.addAttribute("wajib", currentUser.require().isMustChangePassword());
			return "organisasi/ganti-password";
		}
		refreshPrincipal(request, response);
		flash.success(redirect, "password.sukses");
		return "redirect:/akun";
	}

	/** Puts the updated account (no longer "must change password") in the session. */
	private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
		pengguna.reload(currentUser.require().getUsername()).ifPresent((UserDetails user) -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contextRepository.saveContext(context, request, response);
		});
	}

	/** The password change form. */
	static class GantiPasswordForm {

		private String passwordLama;
		private String passwordBaru;
		private String konfirmasi;

		public String getPasswordLama() {
			return passwordLama;
		}

		public void setPasswordLama(String passwordLama) {
			this.passwordLama = passwordLama;
		}

		public String getPasswordBaru() {
			return passwordBaru;
		}

		public void setPasswordBaru(String passwordBaru) {
			this.passwordBaru = passwordBaru;
		}

		public String getKonfirmasi() {
			return konfirmasi;
		}

		public void setKonfirmasi(String konfirmasi) {
			this.konfirmasi = konfirmasi;
		}

	}

}
