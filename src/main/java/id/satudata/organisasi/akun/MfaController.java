package id.satudata.organisasi.akun;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.pengguna.MfaService;
import id.satudata.organisasi.pengguna.Pengguna;
import id.satudata.organisasi.pengguna.PenggunaService;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.UserFacingException;

/**
 * The user's own two-factor authentication: enrolment (QR code and secret, confirmed with a code;
 * the secret waits in the session until then), new recovery codes, and turning it off.
 */
@Controller
@RequestMapping("/akun/mfa")
class MfaController {

	static final String RAHASIA_BARU = MfaController.class.getName() + ".rahasiaBaru";

	private final MfaService mfa;
	private final PenggunaService pengguna;
	private final CurrentUser currentUser;
	private final Messages messages;
	private final Flash flash;
	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	MfaController(MfaService mfa, PenggunaService pengguna, CurrentUser currentUser, Messages messages, Flash flash) {
		this.mfa = mfa;
		this.pengguna = pengguna;
		this.currentUser = currentUser;
		this.messages = messages;
		this.flash = flash;
	}

	@GetMapping
	String halaman(HttpSession session, Model model) {
		return tampil(session, model, null);
	}

	@PostMapping
	String aktifkan(@RequestParam(required = false) String kode, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		List<String> kodePemulihan;
		try {
			kodePemulihan = mfa.aktifkan((String) session.getAttribute(RAHASIA_BARU), kode);
		}
		catch (UserFacingException e) {
			return tampil(session, model, e);
		}
		session.removeAttribute(RAHASIA_BARU);
		segarkan(request, response);
		model.addAttribute("kodePemulihan", kodePemulihan);
		model.addAttribute("baruDiaktifkan", true);
		return "organisasi/mfa-kode-pemulihan";
	}

	@PostMapping("/kode-pemulihan")
	String kodePemulihanBaru(@RequestParam(required = false) String kode, HttpSession session, Model model) {
		try {
			model.addAttribute("kodePemulihan", mfa.kodePemulihanBaru(kode));
		}
		catch (UserFacingException e) {
			return tampil(session, model, e);
		}
		return "organisasi/mfa-kode-pemulihan";
	}

	@PostMapping("/nonaktifkan")
	String nonaktifkan(@RequestParam(required = false) String kode, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			mfa.nonaktifkanSendiri(kode);
		}
		catch (UserFacingException e) {
			return tampil(session, model, e);
		}
		segarkan(request, response);
		flash.success(redirect, "mfa.sukses.dinonaktifkan");
		return "redirect:/akun/mfa";
	}

	private String tampil(HttpSession session, Model model, UserFacingException galat) {
		SatuDataUser user = currentUser.require();
		Pengguna p = pengguna.muat(user.getId());
		model.addAttribute("aktif", p.isMfaAktif());
		model.addAttribute("wajib", user.isMfaWajib());
		if (galat != null) {
			model.addAttribute("galat", messages.get(galat));
		}
		if (p.isMfaAktif()) {
			model.addAttribute("sisaKodePemulihan", mfa.sisaKodePemulihan(p.getId()));
		}
		else {
			String secret = (String) session.getAttribute(RAHASIA_BARU);
			if (secret == null) {
				secret = mfa.rahasiaBaru();
				session.setAttribute(RAHASIA_BARU, secret);
			}
			model.addAttribute("rahasia", secret);
			model.addAttribute("qr", QrSvg.dataUri(mfa.uriOtpauth(p.getUsername(), secret)));
		}
		return "organisasi/mfa";
	}

	/** Puts the updated account (second factor on or off) in the session. */
	private void segarkan(HttpServletRequest request, HttpServletResponse response) {
		pengguna.reload(currentUser.require().getUsername()).ifPresent((UserDetails user) -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contextRepository.saveContext(context, request, response);
		});
	}

}
