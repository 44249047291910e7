package id.satudata.api.ckan;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure reported in CKAN's shape: {@code __type} and {@code message}, or (Validation Error)
 * field → messages.
 */
class CkanException extends RuntimeException {

	static final String NOT_FOUND = "Not Found Error";
	static final String AUTHORIZATION = "Authorization Error";
	static final String VALIDATION = "Validation Error";
	static final String SEARCH_QUERY = "Search Query Error";

	private final HttpStatus status;
	private final String type;
	private final transient Map<String, List<String>> fields;

	CkanException(HttpStatus status, String type, String message) {
		super(message);
		this.status = status;
		this.type = type;
		this.fields = null;
	}

	private CkanException(Map<String, List<String>> fields) {
		super(VALIDATION);
		this.status = HttpStatus.CONFLICT;
		this.type = VALIDATION;
		this.fields = Map.copyOf(fields);
	}

	static CkanException validation(String field, String message) {
		return new CkanException(Map.of(field, List.of(message)));
	}

	static CkanException validation(Map<String, List<String>> fields) {
		return new CkanException(fields);
	}

	static CkanException notFound(String what) {
		return new CkanException(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found: " + what);
	}

	HttpStatus status() {
		return status;
	}

	String type() {
		return type;
	}

	Map<String, List<String>> fields() {
		return fields;
	}

}
