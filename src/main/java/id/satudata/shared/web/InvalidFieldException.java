package id.satudata.shared.web;

/** A user-facing failure that belongs to one field of a form. */
public class InvalidFieldException extends UserFacingException {

	private final String field;

	public InvalidFieldException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	public String getField() {
		return field;
	}

}
