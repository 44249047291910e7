package id.satudata.standar;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Calls a service as a demo user (loaded like a login does), for tests that use a module's public API directly. */
public final class RunAs {

	private RunAs() {
	}

	public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		// the application's default language, as in a request without ?lang
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("id"));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
			org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
		}
	}

}
