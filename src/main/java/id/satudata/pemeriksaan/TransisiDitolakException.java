package id.satudata.pemeriksaan;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

/** A step that the state machine refuses, with the reason in the user's language. */
public class TransisiDitolakException extends UserFacingException {

	public TransisiDitolakException(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
