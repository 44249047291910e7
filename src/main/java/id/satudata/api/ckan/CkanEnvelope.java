package id.satudata.api.ckan;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * CKAN's response envelope: {@code {"help": ..., "success": true, "result": ...}}, or on failure
 * {@code {"help": ..., "success": false, "error": {"__type": ..., "message": ...}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CkanEnvelope(String help, boolean success, Object result, Map<String, Object> error) {

	/** A success; a {@code null} result is written as {@code "result": null} (package_delete), as clients read it. */
	static CkanEnvelope ok(String help, Object result) {
		return new CkanEnvelope(help, true, result == null ? tools.jackson.databind.node.NullNode.getInstance() : result,
				null);
	}

	static CkanEnvelope error(String help, String type, String message, Map<String, Object> fields) {
		Map<String, Object> error = new LinkedHashMap<>();
		if (fields != null) {
			error.putAll(fields);
		}
		error.put("__type", type);
		if (message != null) {
			error.put("message", message);
		}
		return new CkanEnvelope(help, false, null, error);
	}

}
