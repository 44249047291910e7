package id.satudata.perencanaan.internal;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

/** A step a planning state machine refuses, with the reason in the user's language. */
class TransisiDitolakException extends UserFacingException {

	TransisiDitolakException(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
