package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An action's data dict, read as CKAN reads it: URL parameters (GET), a JSON body, or form fields
 * and files (multipart). Values are checked here so every bad parameter gets a Validation Error
 * naming it.
 */
final class CkanRequest {

	private final Map<String, Object> data;
	private final Map<String, MultipartFile> files;
	private final JsonMapper json;
	private final Messages messages;
	/** The caller's User-Agent header (usage figures leave robots out). */
	private String userAgent;

	/** The message lookup the request reports with. */
	interface Messages {

		String get(String key, Object... args);

	}

	CkanRequest(Map<String, Object> data, Map<String, MultipartFile> files, JsonMapper json, Messages messages) {
		this.data = data;
		this.files = files;
		this.json = json;
		this.messages = messages;
	}

	CkanRequest userAgent(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	String userAgent() {
		return userAgent;
	}

	Map<String, Object> data() {
		return data;
	}

	boolean has(String key) {
		Object v = data.get(key);
		return v != null && !(v instanceof String s && s.isEmpty());
	}

	MultipartFile file(String key) {
		return files.get(key);
	}

	String string(String key) {
		Object v = data.get(key);
		if (v == null) {
			return null;
		}
		if (v instanceof List<?> list) {
			throw invalid(key);
		}
		if (v instanceof Map<?, ?>) {
			throw invalid(key);
		}
		String s = String.valueOf(v).strip();
		if (s.length() > 10_000) {
			throw CkanException.validation(key, messages.get("ckan.galat.terlaluPanjang"));
		}
		return s.isEmpty() ? null : s;
	}

	String required(String key) {
		String s = string(key);
		if (s == null) {
			throw CkanException.validation(key, messages.get("ckan.galat.wajib"));
		}
		return s;
	}

	int integer(String key, int defaultValue, int min, int max) {
		Object v = data.get(key);
		if (v == null || (v instanceof String s && s.isBlank())) {
			return defaultValue;
		}
		try {
			long n = v instanceof Number num ? num.longValue() : Long.parseLong(String.valueOf(v).strip());
			if (n < min || n > max) {
				throw CkanException.validation(key, messages.get("ckan.galat.rentang", min, max));
			}
			return (int) n;
		}
		catch (NumberFormatException e) {
			throw CkanException.validation(key, messages.get("ckan.galat.bilangan"));
		}
	}

	boolean bool(String key, boolean defaultValue) {
		Object v = data.get(key);
		if (v == null || (v instanceof String s && s.isBlank())) {
			return defaultValue;
		}
		if (v instanceof Boolean b) {
			return b;
		}
		return switch (String.valueOf(v).strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes", "on", "ya" -> true;
			case "false", "0", "no", "off", "tidak" -> false;
			default -> throw CkanException.validation(key, messages.get("ckan.galat.boolean"));
		};
	}

	/** A list given as a JSON array, a JSON array in a string, repeated parameters, or comma-separated text. */
	List<String> list(String key) {
		Object v = data.get(key);
		if (v == null) {
			return List.of();
		}
		if (v instanceof String s) {
			String t = s.strip();
			if (t.isEmpty()) {
				return List.of();
			}
			if (t.startsWith("[")) {
				try {
					v = json.readValue(t, List.class);
				}
				catch (JacksonException e) {
					throw CkanException.validation(key, messages.get("ckan.galat.json"));
				}
			}
			else {
				List<String> out = new ArrayList<>();
				for (String part : t.split(",")) {
					if (!part.isBlank()) {
						out.add(part.strip());
					}
				}
				return out;
			}
		}
		if (v instanceof List<?> list) {
			List<String> out = new ArrayList<>();
			for (Object o : list) {
				if (o == null || o instanceof Map<?, ?> || o instanceof List<?>) {
					throw invalid(key);
				}
				out.add(String.valueOf(o).strip());
			}
			return out;
		}
		throw invalid(key);
	}

	/** A JSON object, given as an object or as a JSON string. */
	@SuppressWarnings("unchecked")
	Map<String, Object> dict(String key) {
		Object v = data.get(key);
		if (v == null || (v instanceof String s && s.isBlank())) {
			return Map.of();
		}
		if (v instanceof String s) {
			try {
				v = json.readValue(s, Map.class);
			}
			catch (JacksonException e) {
				throw CkanException.validation(key, messages.get("ckan.galat.json"));
			}
		}
		if (v instanceof Map<?, ?> m) {
			Map<String, Object> out = new LinkedHashMap<>();
			m.forEach((k, val) -> out.put(String.valueOf(k), val));
			return out;
		}
		throw invalid(key);
	}

	/** A list of objects (tags, groups, extras). */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> dicts(String key) {
		Object v = data.get(key);
		if (v == null) {
			return List.of();
		}
		if (v instanceof String s) {
			try {
				v = json.readValue(s, List.class);
			}
			catch (JacksonException e) {
				throw CkanException.validation(key, messages.get("ckan.galat.json"));
			}
		}
		if (!(v instanceof List<?> list)) {
			throw invalid(key);
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (Object o : list) {
			if (!(o instanceof Map<?, ?> m)) {
				throw invalid(key);
			}
			out.add((Map<String, Object>) m);
		}
		return out;
	}

	CkanException invalid(String key) {
		return CkanException.validation(key, messages.get("ckan.galat.format"));
	}

}
