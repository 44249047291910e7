package id.satudata.shared.web;

import org.springframework.http.HttpStatus;

/** The requested object does not exist, or the caller may not know it exists. */
public class NotFoundException extends UserFacingException {

	public NotFoundException(String messageKey, Object... args) {
		super(HttpStatus.NOT_FOUND, messageKey, args);
	}

	public NotFoundException() {
		this("galat.tidakDitemukan");
	}

}
