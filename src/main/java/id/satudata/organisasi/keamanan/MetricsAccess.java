package id.satudata.organisasi.keamanan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may read the Prometheus metrics ({@code /actuator/prometheus}): a scraper presenting the
 * configured token ({@code Authorization: Bearer <SATUDATA_METRICS_TOKEN>}), a scraper from one of
 * the configured networks ({@code SATUDATA_METRICS_NETWORKS}, CIDR, matched against the address
 * Tomcat sees: behind a proxy, only with trusted forwarded headers), or a signed-in administrator.
 * Nothing is open by default.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;
	private final List<IpAddressMatcher> networks;

	MetricsAccess(MetricsProperties properties) {
		this.token = properties.token().isEmpty() ? null : properties.token().getBytes(StandardCharsets.UTF_8);
		this.networks = properties.networks().stream().map(IpAddressMatcher::new).toList();
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		HttpServletRequest request = context.getRequest();
		if (tokenMatches(request.getHeader("Authorization"))) {
			return new AuthorizationDecision(true);
		}
		String address = request.getRemoteAddr();
		if (address != null && networks.stream().anyMatch(n -> n.matches(address))) {
			return new AuthorizationDecision(true);
		}
		Authentication user = authentication.get();
		boolean admin = user != null && user.isAuthenticated()
				&& user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		return new AuthorizationDecision(admin);
	}

	private boolean tokenMatches(String header) {
		if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
	}

}
