package id.satudata.api.cors;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for what anyone may read from another site: the APIs under {@code /api/} (stateless: they never
 * read the session cookie) and the downloads of releases and attachments. Any origin by default
 * ({@link CorsProperties}), never with credentials: a browser on another site reads what the public
 * reads (the DCAT catalogue and dataset descriptions included), and cannot send a token either (the
 * {@code Authorization} header is not allowed), so a cross-origin page can never act as a user. A
 * download request carrying the session cookie is cookie-authenticated and gets no CORS headers at all.
 */
@Configuration(proxyBeanMethods = false)
class PublicCorsFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicCors(CorsProperties properties,
			@org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		CorsConfiguration config = new CorsConfiguration();
		properties.origins().forEach(o -> {
			if (o.contains("*") && !o.equals("*")) {
				config.addAllowedOriginPattern(o);
			}
			else {
				config.addAllowedOrigin(o);
			}
		});
		config.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.POST.name()));
		config.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
		config.setExposedHeaders(List.of("Content-Disposition", "Content-Length"));
		config.setAllowCredentials(false);
		config.setMaxAge(properties.maxAge());
		CorsProcessor processor = new DefaultCorsProcessor();
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (properties.enabled() && CorsUtils.isCorsRequest(request) && publicRead(request, sessionCookie)) {
					boolean valid = processor.processRequest(config, request, response);
					if (!valid || CorsUtils.isPreFlightRequest(request)) {
						return;
					}
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/*", "/dataset/*", "/catalog.ttl", "/catalog.rdf", "/catalog.xml",
				"/catalog.jsonld");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("publicCors");
		return registration;
	}

	/** The DCAT descriptions: the catalogue's pages and a dataset's RDF at their suffixed addresses. */
	private static final Pattern DCAT = Pattern.compile("/(catalog|dataset/[^/]+)\\.(ttl|rdf|xml|jsonld)");

	/** The stateless API, or a download or DCAT description without the session cookie. */
	static boolean publicRead(HttpServletRequest request, String sessionCookie) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return true;
		}
		boolean download = path.matches("/dataset/[^/]+/rilis/[^/]+/unduh\\.[a-z]+") || path.matches(
				"/dataset/[^/]+/lampiran/[^/]+") || DCAT.matcher(path).matches();
		if (!download) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie c : cookies) {
				if (c.getName().equals(sessionCookie)) {
					return false;
				}
			}
		}
		return true;
	}

}
