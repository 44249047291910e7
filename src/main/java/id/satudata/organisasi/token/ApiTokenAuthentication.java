package id.satudata.organisasi.token;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import id.satudata.organisasi.keamanan.ApiAuthenticationCustomizer;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.SatuDataUser;
import id.satudata.shared.web.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * API callers authenticate with a token in the {@code Authorization} header, as CKAN clients send
 * it (the bare token, or {@code Bearer <token>}; {@code X-CKAN-API-Key} is accepted too). No header
 * means the public; a header with an unknown, revoked or expired token is refused with CKAN's
 * Authorization Error rather than silently treated as the public.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenAuthentication {

	@Bean
	ApiAuthenticationCustomizer apiAuthenticationCustomizer(TokenApiService tokens, Messages messages,
			SatuDataProperties properties, JsonMapper json, LocaleResolver localeResolver) {
		return http -> http.addFilterBefore(new Filter(tokens, messages, properties, json, localeResolver),
				AnonymousAuthenticationFilter.class);
	}

	/** Not a bean: it runs in the API security chain only. */
	static final class Filter extends OncePerRequestFilter {

		private final TokenApiService tokens;
		private final Messages messages;
		private final SatuDataProperties properties;
		private final JsonMapper json;
		private final LocaleResolver localeResolver;

		Filter(TokenApiService tokens, Messages messages, SatuDataProperties properties, JsonMapper json,
				LocaleResolver localeResolver) {
			this.localeResolver = localeResolver;
			this.tokens = tokens;
			this.messages = messages;
			this.properties = properties;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String token = token(request);
			if (token == null) {
				chain.doFilter(request, response);
				return;
			}
			Optional<SatuDataUser> user = tokens.autentikasi(token);
			if (user.isEmpty()) {
				refuse(request, response);
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
					user.get().getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

		static String token(HttpServletRequest request) {
			String value = request.getHeader("Authorization");
			if (value == null || value.isBlank()) {
				value = request.getHeader("X-CKAN-API-Key");
			}
			if (value == null || value.isBlank()) {
				return null;
			}
			value = value.strip();
			if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
				value = value.substring(7).strip();
			}
			return value;
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("__type", "Authorization Error");
			error.put("message", messages.get(localeResolver.resolveLocale(request), "token.galat.tidakValid"));
			Map<String, Object> body = new LinkedHashMap<>();
			String uri = request.getRequestURI();
			String action = uri.substring(uri.lastIndexOf('/') + 1);
			body.put("help", properties.baseUrl() + "/api/3/action/help_show"
					+ (action.matches("[a-z_]{1,60}") ? "?name=" + action : ""));
			body.put("success", false);
			body.put("error", error);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), body);
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return true;
		}

	}

}
