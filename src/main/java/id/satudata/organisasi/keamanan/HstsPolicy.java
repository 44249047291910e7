package id.satudata.organisasi.keamanan;

import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * When Strict-Transport-Security is sent. Behind a TLS-terminating proxy the application sees plain
 * HTTP, so "only on secure requests" (Spring Security's default) never sends it: when the
 * configured public address ({@code satudata.base-url}) is https, every answer carries it.
 */
final class HstsPolicy {

	static final long MAX_AGE_SECONDS = 31_536_000;

	private HstsPolicy() {
	}

	static RequestMatcher matcher(String baseUrl) {
		if (baseUrl != null && baseUrl.regionMatches(true, 0, "https://", 0, 8)) {
			return AnyRequestMatcher.INSTANCE;
		}
		return request -> request.isSecure();
	}

}
