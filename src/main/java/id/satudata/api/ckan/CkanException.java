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
	/** More members of the error dict (CKAN's {@code info} of a DataStore SQL error). */
	private final transient Map<String, Object> extra;

	CkanException(HttpStatus status, String type, String message) {
		super(message);
		this.status = status;
		this.type = type;
		this.fields = null;
		this.extra = Map.of();
	}

	private CkanException(Map<String, List<String>> fields, Map<String, Object> extra) {
		super(VALIDATION);
		this.status = HttpStatus.CONFLICT;
		this.type = VALIDATION;
		this.fields = Map.copyOf(fields);
		this.extra = Map.copyOf(extra);
	}

	/**
	 * A DataStore SQL error as CKAN's PostgreSQL backend gives it: {@code query} and {@code info} with the
	 * {@code statement}, its {@code params} and the database's own message in {@code orig} (ckan.js reads
	 * {@code info.orig}).
	 */
	static CkanException sql(String sql, String message) {
		Map<String, Object> info = new java.util.LinkedHashMap<>();
		info.put("statement", List.of(sql));
		info.put("params", List.of(Map.of()));
		info.put("orig", List.of(message));
		return new CkanException(Map.of("query", List.of(message)), Map.of("info", info));
	}

	static CkanException validation(String field, String message) {
		return new CkanException(Map.of(field, List.of(message)), Map.of());
	}

	static CkanException validation(Map<String, List<String>> fields) {
		return new CkanException(fields, Map.of());
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

	Map<String, Object> extra() {
		return extra;
	}

}
