package id.satudata.organisasi.keamanan;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Single sign-on on the web filter chain (present only when {@code satudata.sso.issuer-uri} is
 * set): the authorization code flow at {@code /oauth2/authorization/sso}, refusals to
 * {@code /masuk/sso/ditolak}, and logout that also ends the provider's session (RP-initiated
 * logout) when configured and offered.
 */
class SsoLogin {

	static final String AWAL = "/oauth2/authorization/" + SsoClientRegistrations.ID;
	static final String DITOLAK = "/masuk/sso/ditolak";

	private final SsoProperties properties;
	private final SsoClientRegistrations registrations;
	private final SsoUserService userService;
	private final String baseUrl;

	SsoLogin(SsoProperties properties, SsoClientRegistrations registrations, SsoUserService userService,
			String baseUrl) {
		this.properties = properties;
		this.registrations = registrations;
		this.userService = userService;
		this.baseUrl = baseUrl;
	}

	void configure(HttpSecurity http, String csp) throws Exception {
		http.oauth2Login(o -> o.loginPage("/masuk").clientRegistrationRepository(registrations)
			.userInfoEndpoint(u -> u.oidcUserService(userService))
			.successHandler(new RelativeSavedRequestSuccessHandler("/kelola"))
			.failureHandler(failureHandler()));
		http.logout(l -> l.logoutSuccessHandler(logoutSuccessHandler()));
		// a logout form's redirect to the provider is a form action too
		URI issuer = URI.create(properties.issuerUri());
		String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
				csp.replace("form-action 'self'", "form-action 'self' " + origin))));
	}

	static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
			String alasan = "galat";
			if (e instanceof OAuth2AuthenticationException oauth
					&& oauth.getError().getErrorCode().startsWith(SsoUserService.KODE_PREFIX)) {
				alasan = oauth.getError().getErrorCode().substring(SsoUserService.KODE_PREFIX.length())
					.toLowerCase(Locale.ROOT).replace('_', '-');
			}
			response.sendRedirect(request.getContextPath() + DITOLAK + "?alasan=" + alasan);
		};
	}

	private LogoutSuccessHandler logoutSuccessHandler() {
		SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
		local.setDefaultTargetUrl("/?keluar");
		if (!properties.logoutPenyedia()) {
			return local;
		}
		OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		provider.setPostLogoutRedirectUri(baseUrl + "/?keluar");
		provider.setDefaultTargetUrl("/?keluar");
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
				provider.onLogoutSuccess(request, response, authentication);
			}
			else {
				local.onLogoutSuccess(request, response, (Authentication) authentication);
			}
		};
	}

}
