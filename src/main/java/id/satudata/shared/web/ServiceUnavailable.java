package id.satudata.shared.web;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import id.satudata.shared.storage.FileStoreUnreachableException;
import id.satudata.shared.storage.FileUnavailableException;

/**
 * Failures that are not the request's fault nor a bug but a dependency out of reach (the database,
 * the file storage, a file missing from it): answered 503 with a clear message, never a generic 500.
 */
public final class ServiceUnavailable {

	private ServiceUnavailable() {
	}

	/** Whether the failure (or one of its causes) is a dependency out of reach. */
	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof org.hibernate.exception.JDBCConnectionException
					|| t instanceof FileUnavailableException || t instanceof FileStoreUnreachableException) {
				return true;
			}
		}
		return false;
	}

	/** The message key for the user: a file that cannot be read, or a service out of reach. */
	public static String messageKey(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof FileUnavailableException) {
				return "galat.503.berkas";
			}
		}
		return "galat.503.pesan";
	}

}
