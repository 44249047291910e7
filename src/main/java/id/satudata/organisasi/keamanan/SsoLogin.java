package id.satudata.organisasi.keamanan;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
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
			.authorizationEndpoint(a -> a.authorizationRequestResolver(authorizationRequestResolver(registrations)))
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

	/**
	 * The default resolver, except that a provider that cannot be reached yields no request: the
	 * request then reaches {@link SsoController}, which explains instead of answering 500.
	 */
	static OAuth2AuthorizationRequestResolver authorizationRequestResolver(SsoClientRegistrations registrations) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return registrations.findByRegistrationId(SsoClientRegistrations.ID) == null ? null
						: resolver.resolve(request);
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
				return registrations.findByRegistrationId(SsoClientRegistrations.ID) == null ? null
						: resolver.resolve(request, clientRegistrationId);
			}

		};
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
