package id.satudata.organisasi.keamanan;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import id.satudata.shared.security.SatuDataUser;

/**
 * After a right password: an account with a second factor is not logged in yet. Its session holds
 * only {@link MfaMenunggu} and it goes to the code page; every other account continues as before.
 */
class MfaLoginSuccessHandler implements AuthenticationSuccessHandler {

	private final AuthenticationSuccessHandler selesai;
	private final Clock clock;
	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	MfaLoginSuccessHandler(AuthenticationSuccessHandler selesai, Clock clock) {
		this.selesai = selesai;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SatuDataUser user && user.isMfaAktif()) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new MfaMenunggu(user.getId(), user.getUsername(), clock.instant()));
			SecurityContextHolder.setContext(context);
			contextRepository.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + MfaGerbangFilter.HALAMAN_KODE);
			return;
		}
		selesai.onAuthenticationSuccess(request, response, authentication);
	}

}
