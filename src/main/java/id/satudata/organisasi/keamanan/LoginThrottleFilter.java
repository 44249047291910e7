package id.satudata.organisasi.keamanan;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the login form is processed: an attempt that must still wait is not checked at all (so
 * a guess while waiting tells nothing) and goes back to the login page with the wait, the same
 * answer for every name. Placed in the web chain just before the form login filter.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/masuk".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = throttle.tunggu(request.getParameter("username"), request.getRemoteAddr());
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendRedirect(request.getContextPath() + "/masuk?galat=tunggu&detik=" + seconds);
			return;
		}
		chain.doFilter(request, response);
	}

}
