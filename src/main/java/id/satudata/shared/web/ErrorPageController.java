package id.satudata.shared.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import id.satudata.shared.SatuDataProperties;

/**
 * Renders every error the container routes to {@code /error}: a friendly, localized page for
 * people, an RFC 9457 problem for API callers. Never shows a stack trace, an exception message or a
 * connection string.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final Messages messages;
	private final SatuDataProperties properties;

	ErrorPageController(Messages messages, SatuDataProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String detail = status == HttpStatus.CONTENT_TOO_LARGE
				? messages.get("galat.413.detail", UploadSizeFilter.human(properties.uploadMaxSize()))
				: request.getAttribute(StartupGateFilter.STARTING_ATTRIBUTE) != null ? messages.get("galat.503.mulai")
						: messages.get(messageKey(status));
		if (isApi(path, request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(messages.get(titleKey(status)));
			if (path != null) {
				problem.setInstance(URI.create(path));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		return new ModelAndView("error/galat", Map.of("status", status.value(), "judulKey", titleKey(status),
				"pesan", detail), status);
	}

	static boolean isApi(String path, HttpServletRequest request) {
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("html");
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer i) {
			HttpStatus resolved = HttpStatus.resolve(i);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String titleKey(HttpStatus status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 409, 413, 415, 429, 503 -> "galat." + status.value() + ".judul";
			default -> status.is4xxClientError() ? "galat.400.judul" : "galat.500.judul";
		};
	}

	static String messageKey(HttpStatus status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 409, 413, 415, 429, 503 -> "galat." + status.value() + ".pesan";
			default -> status.is4xxClientError() ? "galat.400.pesan" : "galat.500.pesan";
		};
	}

}
