package id.satudata.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message-bundle keys in the current request's language. */
@Component
public class Messages {

	private final MessageSource messageSource;

	public Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... args) {
		return get(LocaleContextHolder.getLocale(), key, args);
	}

	public String get(Locale locale, String key, Object... args) {
		return messageSource.getMessage(key, args, key, locale);
	}

	/** The message for {@code key}, or {@code fallback} when there is none (for open-ended values). */
	public String label(String key, String fallback) {
		return messageSource.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	public String get(UserFacingException e) {
		return get(e.getMessageKey(), e.getArgs());
	}

}
