package id.satudata.shared.tabular;

import id.satudata.shared.web.UserFacingException;

/**
 * A file that cannot be read as a table at all (wrong encoding, not a spreadsheet, empty, unsafe):
 * 409 on every upload path (the request was understood; the file is refused), see docs/keamanan.md.
 */
public class TabularFileException extends UserFacingException {

	public TabularFileException(String messageKey, Object... args) {
		super(org.springframework.http.HttpStatus.CONFLICT, messageKey, args);
	}

}
