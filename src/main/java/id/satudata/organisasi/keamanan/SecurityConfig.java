package id.satudata.organisasi.keamanan;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.UrlAuthorization;

/**
 * Two filter chains. {@code /api/**} is stateless: it never reads the session cookie, so it needs
 * no CSRF token and a token request cannot switch CSRF off for the browser. Everything else is
 * the web application: form login, database-backed sessions, CSRF on every state change, the
 * back office ({@code /kelola/**}, {@code /akun/**}) for logged-in users only, and method security
 * on every service that changes state.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String CSP = "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
	}

	/** Prometheus metrics: a scrape token, configured networks or an administrator ({@link MetricsAccess}). */
	@Bean
	@Order(0)
	SecurityFilterChain metricsChain(HttpSecurity http, MetricsProperties metrics) throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.anyRequest().access(new MetricsAccess(metrics)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiAuthenticationCustomizer apiAuthentication,
			SatuDataProperties properties) throws Exception {
		http.securityMatcher("/api/**")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(a -> a.principal("publik"))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.httpStrictTransportSecurity(hsts -> hsts(hsts, properties)));
		apiAuthentication.customize(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, List<UrlAuthorization> moduleRules, LoginThrottle throttle,
			SatuDataProperties properties, Clock clock, ObjectProvider<SsoLogin> sso) throws Exception {
		// redirects to the login page by path: an absolute one would carry the client's Host header
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/masuk");
		toLogin.setFavorRelativeUris(true);
		http.exceptionHandling(e -> e.authenticationEntryPoint(toLogin));
		// one answer for a wrong password, an unknown name and a deactivated account (no enumeration)
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/masuk?galat=kredensial");
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		// two-factor: a login waiting for its code, or a required enrolment, reaches nothing else
		http.addFilterBefore(new MfaGerbangFilter(), AuthorizationFilter.class);
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers("/kelola/admin/**").hasRole("ADMIN");
			moduleRules.forEach(rules -> rules.configure(auth));
			auth.requestMatchers("/kelola/**", "/akun/**").authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.anyRequest().permitAll();
		})
			.formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
				.usernameParameter("username").passwordParameter("password")
				.successHandler(new MfaLoginSuccessHandler(new RelativeSavedRequestSuccessHandler("/kelola"), clock)).failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/?keluar").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(f -> f.deny())
				.httpStrictTransportSecurity(hsts -> hsts(hsts, properties)));
		// single sign-on (OpenID Connect), when configured: see SsoLogin
		for (SsoLogin ssoLogin : sso) {
			ssoLogin.configure(http, CSP);
		}
		return http.build();
	}

	private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, SatuDataProperties properties) {
		hsts.requestMatcher(HstsPolicy.matcher(properties.baseUrl())).includeSubDomains(true)
			.maxAgeInSeconds(HstsPolicy.MAX_AGE_SECONDS);
	}

}
