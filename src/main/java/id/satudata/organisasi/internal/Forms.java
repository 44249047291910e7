package id.satudata.organisasi.internal;

import org.springframework.http.HttpStatus;

import id.satudata.shared.web.UserFacingException;

/** What the administration forms of organizations and users share. */
public final class Forms {

	private Forms() {
	}

	/** Refuses a change made on a form older than the record (someone else saved in between). */
	public static void checkVersion(Long submitted, long current) {
		if (submitted != null && submitted != current) {
			throw new UserFacingException(HttpStatus.CONFLICT, "galat.409.pesan");
		}
	}

	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
