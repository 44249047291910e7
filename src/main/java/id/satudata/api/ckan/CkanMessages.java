package id.satudata.api.ckan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.satudata.shared.web.UserFacingException;

/** The texts CKAN answers carry, in the caller's language (the key itself where a bundle has none). */
@Component
class CkanMessages implements CkanRequest.Messages {

	private final MessageSource messageSource;

	CkanMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	@Override
	public String get(String key, Object... args) {
		return messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String get(UserFacingException e) {
		return get(e.getMessageKey(), e.getArgs());
	}

}
