package id.satudata.shared.tabular;

import id.satudata.shared.web.UserFacingException;

/** A file that cannot be read as a table at all (wrong encoding, not a spreadsheet, empty, unsafe). */
public class TabularFileException extends UserFacingException {

	public TabularFileException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
