package id.satudata.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the user can understand and act on, carried as a message-bundle key so it is shown in
 * the user's language. Services throw it; the web layer renders it on the form or as a problem.
 */
public class UserFacingException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;
	private final HttpStatus status;

	public UserFacingException(String messageKey, Object... args) {
		this(HttpStatus.BAD_REQUEST, messageKey, args);
	}

	public UserFacingException(HttpStatus status, String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
		this.status = status;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArgs() {
		return args.clone();
	}

	public HttpStatus getStatus() {
		return status;
	}

}
