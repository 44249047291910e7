package id.satudata.layanan.internal;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

/**
 * A step a state machine refuses, with the reason in the user's language: 409 when the action does
 * not apply to the status, 403 when the user plays no part that may take it, 400 when something it
 * needs (a note, a tier, a complete file) is missing.
 */
class TransisiDitolak extends UserFacingException {

	TransisiDitolak(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
