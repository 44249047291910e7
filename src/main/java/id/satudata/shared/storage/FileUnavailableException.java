package id.satudata.shared.storage;

import java.io.IOException;

/**
 * A stored file that should be there cannot be read: missing from the store, unreadable, or the store
 * out of reach. Never answered with an empty body; counted by the health check {@code berkas}.
 */
public class FileUnavailableException extends IOException {

	private final String key;

	public FileUnavailableException(String key, Throwable cause) {
		super("Stored file " + key + " cannot be read: " + (cause == null ? "missing" : cause.getMessage()), cause);
		this.key = key;
	}

	public String getKey() {
		return key;
	}

}
