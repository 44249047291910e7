package id.satudata.organisasi.keamanan;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.satudata.shared.security.SatuDataUser;

/**
 * The two-factor gate of the web chain, before authorization. A login waiting for its code
 * ({@link MfaMenunggu}) reaches only the code page and logout; a user whose role requires a second
 * factor and has none yet reaches only the enrolment page, the password change and logout. Every
 * other request is sent to the page that is due.
 */
class MfaGerbangFilter extends OncePerRequestFilter {

	static final String HALAMAN_KODE = "/masuk/kode";
	static final String HALAMAN_PENDAFTARAN = "/akun/mfa";

	private static final List<String> STATIS = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String tujuan = null;
		if (auth instanceof MfaMenunggu) {
			if (!path.equals(HALAMAN_KODE) && !path.equals("/masuk") && !bebas(path)) {
				tujuan = HALAMAN_KODE;
			}
		}
		else if (auth != null && auth.getPrincipal() instanceof SatuDataUser user && user.isMfaWajib()) {
			if (!path.equals(HALAMAN_PENDAFTARAN) && !path.startsWith(HALAMAN_PENDAFTARAN + "/")
					&& !path.equals("/akun/password") && !bebas(path)) {
				tujuan = HALAMAN_PENDAFTARAN;
			}
		}
		if (tujuan != null) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + tujuan);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean bebas(String path) {
		return path.equals("/keluar") || path.equals("/error") || STATIS.stream().anyMatch(path::startsWith);
	}

}
