package id.satudata.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first: every visitor starts in Indonesian whatever their browser says; the
 * language switch ({@code ?lang=en}) is remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");
	static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("satudata-bahasa") {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				Locale supported = locale == null ? null
						: SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
								.orElse(INDONESIAN);
				super.setLocale(request, response, supported);
			}
		};
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * The language switch ({@code ?lang=en} on any GET), as a filter rather than a handler interceptor
	 * so it also applies where no handler matched: the 404 page of a mistyped address switches too.
	 * Unknown or unsupported values fall back to Indonesian (see the resolver above).
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> languageSwitchFilter(LocaleResolver localeResolver) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String lang = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
						? request.getParameter("lang") : null;
				if (lang != null && !lang.isBlank()) {
					try {
						localeResolver.setLocale(request, response, StringUtils.parseLocale(lang.strip()));
					}
					catch (IllegalArgumentException ignored) {
						// not a locale at all: keep the current language
					}
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("languageSwitchFilter");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * The same switch on a form sent with {@code lang} (POST and the like): read by the handler's
	 * interceptor, once the request has its handler, so the filter above never parses a request body.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		interceptor.setHttpMethods("POST", "PUT", "PATCH", "DELETE");
		registry.addInterceptor(interceptor);
	}

}
