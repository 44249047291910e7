package id.satudata.shared.web;

import org.springframework.validation.BindingResult;

/** Puts a service's user-facing failure on the form it came from. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(BindingResult result, UserFacingException e) {
		if (e instanceof InvalidFieldException f && result.getFieldType(f.getField()) != null) {
			result.rejectValue(f.getField(), f.getMessageKey(), f.getArgs(), f.getMessageKey());
		}
		else {
			result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
		}
	}

}
