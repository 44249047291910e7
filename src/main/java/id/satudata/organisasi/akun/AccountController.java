package id.satudata.organisasi.akun;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaService;
import id.satudata.organisasi.token.TokenApiService;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/** The user's own account: profile summary (with the API tokens of {@code /akun/token}) and password change. */
@Controller
@RequestMapping("/akun")
class AccountController {

	private final PenggunaService pengguna;
	private final TokenApiService tokens;
	private final CurrentUser currentUser;
	private final Flash flash;
	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	AccountController(PenggunaService pengguna, TokenApiService tokens, CurrentUser currentUser, Flash flash) {
		this.pengguna = pengguna;
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.flash = flash;
	}

	@InitBinder("gantiPassword")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("passwordLama", "passwordBaru", "konfirmasi");
	}

	@GetMapping
	String profil(Model model) {
		Pengguna p = pengguna.muat(currentUser.require().getId());
		model.addAttribute("pengguna", p);
		model.addAttribute("penugasan", pengguna.penugasan(p));
		model.addAttribute("token", tokens.milikSaya());
		return "organisasi/akun";
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
			pengguna.gantiPasswordSendiri(form.getPasswordLama(), form.getPasswordBaru(), form.getKonfirmasi());
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
