package id.satudata.organisasi.keamanan;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.organisasi.pengguna.MfaService;
import id.satudata.organisasi.pengguna.PenggunaService;

/**
 * The login's second step: a code from the authenticator app or a recovery code. Guesses are
 * throttled like passwords (per account and per address, {@link LoginThrottle}); five wrong codes
 * in one login, or ten minutes without a code, end it and the password is due again.
 */
@Controller
class MfaLoginController {

	static final int GAGAL_MAKS = 5;
	static final Duration BATAS_WAKTU = Duration.ofMinutes(10);

	private final MfaService mfa;
	private final PenggunaService pengguna;
	private final LoginThrottle throttle;
	private final Clock clock;
	private final AuthenticationSuccessHandler selesai = new RelativeSavedRequestSuccessHandler("/kelola");
	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	MfaLoginController(MfaService mfa, PenggunaService pengguna, LoginThrottle throttle, Clock clock) {
		this.mfa = mfa;
		this.pengguna = pengguna;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping(MfaGerbangFilter.HALAMAN_KODE)
	String form(@RequestParam(required = false) String galat, @RequestParam(required = false) Long detik,
			HttpServletRequest request, Model model) {
		MfaMenunggu menunggu = menunggu(request);
		if (menunggu == null) {
			return "redirect:/masuk";
		}
		if (galat != null) {
			model.addAttribute("galatKey", "tunggu".equals(galat) ? "login.galat.tunggu" : "mfa.galat.kodeLogin");
			model.addAttribute("detik", detik == null ? 1 : Math.max(1, Math.min(detik, 86_400)));
		}
		return "organisasi/masuk-kode";
	}

	@PostMapping(MfaGerbangFilter.HALAMAN_KODE)
	void periksa(@RequestParam(required = false) String kode, HttpServletRequest request,
			HttpServletResponse response) throws IOException, ServletException {
		MfaMenunggu menunggu = menunggu(request);
		if (menunggu == null) {
			response.sendRedirect(request.getContextPath() + "/masuk");
			return;
		}
		String username = (String) menunggu.getPrincipal();
		String alamat = request.getRemoteAddr();
		Duration wait = throttle.tunggu(username, alamat);
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendRedirect(request.getContextPath() + MfaGerbangFilter.HALAMAN_KODE + "?galat=tunggu&detik=" + seconds);
			return;
		}
		if (!mfa.periksaLogin(menunggu.penggunaId(), kode)) {
			pengguna.catatLoginGagal(username, "kodeMfa");
			throttle.gagal(username, alamat);
			int gagal = menunggu.tambahGagal();
			if (gagal >= GAGAL_MAKS) {
				akhiri(request, response);
				response.sendRedirect(request.getContextPath() + "/masuk?galat=kredensial");
				return;
			}
			// the failure count lives in the session's token
			SecurityContext context = SecurityContextHolder.getContext();
			contextRepository.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + MfaGerbangFilter.HALAMAN_KODE + "?galat=kode");
			return;
		}
		UserDetails user = pengguna.reload(username).filter(UserDetails::isEnabled).orElse(null);
		if (user == null) {
			akhiri(request, response);
			response.sendRedirect(request.getContextPath() + "/masuk?galat=kredensial");
			return;
		}
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		pengguna.catatLoginBerhasil(username);
		throttle.berhasil(username);
		selesai.onAuthenticationSuccess(request, response, full);
	}

	private MfaMenunggu menunggu(HttpServletRequest request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof MfaMenunggu m) {
			if (m.sejak().plus(BATAS_WAKTU).isAfter(clock.instant())) {
				return m;
			}
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		return null;
	}

	private void akhiri(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
