package id.satudata.datastore;

import id.satudata.shared.web.UserFacingException;

/** A query or SQL statement the datastore refuses (unknown column, forbidden SQL, timeout, ...). */
public class DatastoreException extends UserFacingException {

	public DatastoreException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
