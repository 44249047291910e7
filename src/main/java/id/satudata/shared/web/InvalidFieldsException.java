package id.satudata.shared.web;

import java.util.List;
import java.util.Map;

/**
 * Several fields failed validation at once; {@code messages} holds, per field, the messages
 * already in the caller's language (APIs report them all, as CKAN's Validation Error does).
 */
public class InvalidFieldsException extends UserFacingException {

	private final transient Map<String, List<String>> messages;

	public InvalidFieldsException(Map<String, List<String>> messages) {
		super("galat.400.pesan");
		this.messages = Map.copyOf(messages);
	}

	public Map<String, List<String>> getMessages() {
		return messages;
	}

}
