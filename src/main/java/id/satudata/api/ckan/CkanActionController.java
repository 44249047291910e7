package id.satudata.api.ckan;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.tabular.TabularFileException;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.InvalidFieldsException;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import id.satudata.datastore.DatastoreException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CKAN Action API v3: {@code /api/3/action/{action}} (and {@code /api/action/{action}}), with
 * CKAN's envelope, its way of reading parameters (URL parameters for read actions, a JSON body or
 * form fields for every action) and its error types and HTTP statuses, so CKAN clients and
 * harvesters work unchanged. The table of actions is {@link CkanActions}.
 */
@RestController
class CkanActionController {

	private static final Logger log = LoggerFactory.getLogger(CkanActionController.class);
	private static final int MAX_JSON_BYTES = 1 << 20;
	/** Actions that run queries over data tables: they pass the {@link QueryGate}. */
	private static final String PACKAGE_SHOW = "package_show";
	private static final java.util.Set<String> HEAVY = java.util.Set.of("datastore_search", "datastore_search_sql");

	private final CkanActions actions;
	private final SatuDataProperties properties;
	private final JsonMapper json;
	private final CkanMessages messages;
	private final QueryGate gate;
	private final PackageActions packages;
	private final CurrentUser currentUser;

	CkanActionController(CkanActions actions, SatuDataProperties properties, JsonMapper json, CkanMessages messages,
			QueryGate gate, PackageActions packages, CurrentUser currentUser) {
		this.gate = gate;
		this.packages = packages;
		this.currentUser = currentUser;
		this.actions = actions;
		this.properties = properties;
		this.json = json;
		this.messages = messages;
	}

	@RequestMapping(value = { "/api/3/action/{action}", "/api/action/{action}" },
			method = { RequestMethod.GET, RequestMethod.POST }, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> action(@PathVariable String action, HttpServletRequest request) {
		CkanActions.Action handler = actions.find(action);
		if (handler == null) {
			return badRequest("Action name not known: " + action);
		}
		String help = properties.baseUrl() + "/api/3/action/help_show?name=" + action;
		CkanRequest data;
		try {
			data = read(request, handler.readOnly());
		}
		catch (IllegalArgumentException e) {
			return badRequest("JSON Error: " + e.getMessage());
		}
		try {
			if (PACKAGE_SHOW.equals(action) && currentUser.get().isEmpty()) {
				// the public's answer, as JSON bytes that may have been kept (PackageShowCache)
				return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
					.body(packages.packageShowPublic(data, help));
			}
			Object result = HEAVY.contains(action) ? gate.run(request.getRemoteAddr(), () -> handler.run(data))
					: handler.run(data);
			return ResponseEntity.ok(CkanEnvelope.ok(help, result));
		}
		catch (QueryGate.Busy e) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(CkanEnvelope.error(help, "Too Many Requests", messages.get(e.client() ? "ckan.galat.sibukKlien"
						: "ckan.galat.sibuk", e.retryAfterSeconds()), null));
		}
		catch (CkanException e) {
			return error(help, e);
		}
		catch (RuntimeException e) {
			return error(help, translate(e));
		}
	}

	/**
	 * The same for a known action at its own address ({@code /api/3/action/site_read}), registered by
	 * {@link CkanActionPaths}: the action is the last segment of the matched address.
	 */
	ResponseEntity<Object> knownAction(HttpServletRequest request) {
		String path = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return action(path.substring(path.lastIndexOf('/') + 1), request);
	}

	/** The API version check clients make before calling actions ({@code GET /api/3}). */
	@RequestMapping(value = { "/api/3", "/api/3/", "/api/3/action", "/api/3/action/" },
			method = { RequestMethod.GET, RequestMethod.HEAD }, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> version() {
		return Map.of("version", 3);
	}

	/** CKAN's answer to an unknown action or unreadable data: HTTP 400 with a JSON string. */
	private ResponseEntity<Object> badRequest(String message) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString("Bad request - " + message));
	}

	private ResponseEntity<Object> error(String help, CkanException e) {
		Map<String, Object> fields = null;
		String message = e.getMessage();
		if (e.fields() != null) {
			fields = new LinkedHashMap<>(e.fields());
			fields.putAll(e.extra());
			message = null;
		}
		return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
			.body(CkanEnvelope.error(help, e.type(), message, fields));
	}

	/** The platform's exceptions as CKAN errors. */
	CkanException translate(RuntimeException e) {
		if (e instanceof NotFoundException nf) {
			String detail = nf.getMessageKey() == null ? null : messages.get(nf);
			return new CkanException(HttpStatus.NOT_FOUND, CkanException.NOT_FOUND,
					"Not found" + (detail == null ? "" : ": " + detail));
		}
		if (e instanceof AccessDeniedException) {
			return new CkanException(HttpStatus.FORBIDDEN, CkanException.AUTHORIZATION,
					"Access denied: " + messages.get("ckan.galat.aksesDitolak"));
		}
		if (e instanceof InvalidFieldsException many) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			many.getMessages().forEach((field, texts) -> fields.put(CkanActions.ckanField(field), texts));
			return CkanException.validation(fields);
		}
		if (e instanceof InvalidFieldException one) {
			return CkanException.validation(CkanActions.ckanField(one.getField()), messages.get(one));
		}
		if (e instanceof TabularFileException bad) {
			return CkanException.validation("upload", messages.get(bad));
		}
		if (e instanceof DatastoreException ds) {
			return CkanException.validation(datastoreField(ds.getMessageKey()), messages.get(ds));
		}
		if (e instanceof UserFacingException uf) {
			if (uf.getMessageKey().startsWith("katalog.galat.")) {
				return new CkanException(HttpStatus.BAD_REQUEST, CkanException.SEARCH_QUERY,
						"Search Query is invalid: " + messages.get(uf));
			}
			return CkanException.validation("message", messages.get(uf));
		}
		if (id.satudata.shared.web.ServiceUnavailable.isCause(e)) {
			log.warn("CKAN action: service unavailable: {}", e.getMessage());
			return new CkanException(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
					messages.get(id.satudata.shared.web.ServiceUnavailable.messageKey(e)));
		}
		log.error("CKAN action failed", e);
		return new CkanException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "Internal Server Error");
	}

	private static String datastoreField(String key) {
		if (key.startsWith("datastore.sql.")) {
			return "sql";
		}
		return switch (key) {
			case "datastore.galat.limit", "datastore.galat.jawabanTerlaluBesar" -> "limit";
			case "datastore.galat.offset" -> "offset";
			case "datastore.galat.nilaiFilter", "datastore.galat.operator" -> "filters";
			case "datastore.galat.urutan" -> "sort";
			case "datastore.galat.kolomTidakAda" -> "fields";
			default -> "message";
		};
	}

	/** The data dict: URL parameters, a JSON body, or form fields and files. */
	private CkanRequest read(HttpServletRequest request, boolean readOnly) {
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, MultipartFile> files = new LinkedHashMap<>();
		boolean post = "POST".equals(request.getMethod());
		if (!post && !readOnly) {
			throw new IllegalArgumentException("Invalid request. Please use POST method for your request");
		}
		String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (post && contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			data.putAll(jsonBody(request));
		}
		else {
			request.getParameterMap().forEach((k, v) -> data.put(k, v.length == 1 ? v[0] : List.of(v)));
			// the multipart request may sit under other filters' request wrappers
			MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
			if (multipart != null) {
				multipart.getFileMap().forEach(files::put);
			}
			// CKAN also accepts a JSON dict sent as the only form key
			if (post && data.size() == 1 && files.isEmpty()) {
				Map.Entry<String, Object> only = data.entrySet().iterator().next();
				if (("".equals(only.getValue()) || "1".equals(only.getValue())) && only.getKey().strip().startsWith("{")) {
					data.clear();
					data.putAll(parseJson(only.getKey()));
				}
			}
		}
		data.remove("callback");
		return new CkanRequest(data, files, json, messages).userAgent(request.getHeader("User-Agent"));
	}

	private Map<String, Object> jsonBody(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_JSON_BYTES + 1);
			if (body.length > MAX_JSON_BYTES) {
				throw new IllegalArgumentException("Request body is larger than " + MAX_JSON_BYTES + " bytes");
			}
			if (body.length == 0) {
				return Map.of();
			}
			return parseJson(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalArgumentException("Request body cannot be read");
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parseJson(String text) {
		Object value;
		try {
			value = json.readValue(text, Object.class);
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("Error decoding JSON data: " + e.getOriginalMessage());
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("Request data JSON decoded to " + (value instanceof List<?> ? "a list"
					: String.valueOf(value)) + " but it needs to be a dictionary.");
		}
		return new LinkedHashMap<>((Map<String, Object>) map);
	}

}
