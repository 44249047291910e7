package id.satudata.organisasi.keamanan;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After login, back to the page that asked for it, by its path only: the saved request's full URL
 * is built from the request's Host header, which a client chooses (so it is never echoed).
 */
class RelativeSavedRequestSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	private final RequestCache cache = new HttpSessionRequestCache();

	RelativeSavedRequestSuccessHandler(String defaultTarget) {
		setDefaultTargetUrl(defaultTarget);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SavedRequest saved = cache.getRequest(request, response);
		if (!(saved instanceof DefaultSavedRequest d) || d.getRequestURI() == null || !d.getRequestURI().startsWith("/")
				|| d.getRequestURI().startsWith("//")) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		cache.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		String path = d.getRequestURI();
		String context = request.getContextPath();
		if (!context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		String target = path + (d.getQueryString() == null ? "" : "?" + d.getQueryString());
		getRedirectStrategy().sendRedirect(request, response, target);
	}

}
