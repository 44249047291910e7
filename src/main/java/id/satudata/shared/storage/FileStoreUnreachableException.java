package id.satudata.shared.storage;

import java.io.IOException;

/**
 * The file store cannot be reached to write a file (an object storage that does not answer): the
 * request is answered 503, nothing is stored, and readiness reports the store ({@code penyimpanan}).
 */
public class FileStoreUnreachableException extends IOException {

	public FileStoreUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
