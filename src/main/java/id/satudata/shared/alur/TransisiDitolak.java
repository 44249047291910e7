package id.satudata.shared.alur;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

/**
 * The one way a workflow refuses a step, with the reason in the user's language: 409 when the
 * action does not apply to the state, 403 when the user plays no part that may take it, 400 (or
 * 409) when something the step needs (a note, a tier, a complete file, a checklist) is missing.
 * Thrown by {@link Alur#jalankan}, and by a workflow's own rule that the table cannot express.
 */
public class TransisiDitolak extends UserFacingException {

	public TransisiDitolak(HttpStatus status, String messageKey, Object... args) {
		super(status, messageKey, args);
	}

}
