package id.satudata.shared.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import id.satudata.shared.SatuDataProperties;

/**
 * Turns the failures a user can act on into a localized page (UI) or an RFC 9457 problem (API).
 * Modules with their own API envelope (the CKAN API) register a more specific advice first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionAdvice {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionAdvice.class);

	private final Messages messages;
	private final SatuDataProperties properties;

	WebExceptionAdvice(Messages messages, SatuDataProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@ExceptionHandler(UserFacingException.class)
	Object userFacing(UserFacingException e, HttpServletRequest request) {
		return respond(request, e.getStatus(), messages.get(e));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
		log.info("Concurrent modification refused: {}", e.getClass().getSimpleName());
		return respond(request, HttpStatus.CONFLICT, messages.get("galat.409.pesan"));
	}

	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.jdbc.CannotGetJdbcConnectionException.class,
			org.hibernate.exception.JDBCConnectionException.class, java.sql.SQLTransientConnectionException.class,
			id.satudata.shared.storage.FileUnavailableException.class,
			id.satudata.shared.storage.FileStoreUnreachableException.class })
	Object unavailable(Exception e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		if (!response.isCommitted()) {
			response.reset(); // a download's headers (attachment, content type) must not wrap the error page
		}
		// no CSRF token on this page: it would create a session, which cannot be saved while the
		// database is out of reach
		request.removeAttribute("_csrf");
		request.removeAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
		log.warn("Service unavailable for {}: {}", request.getRequestURI(), e.getMessage());
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE, messages.get(ServiceUnavailable.messageKey(e)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE,
				messages.get("galat.413.detail", UploadSizeFilter.human(properties.uploadMaxSize())));
	}

	@ExceptionHandler(MultipartException.class)
	Object badMultipart(HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, messages.get("galat.unggahGagal"));
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, messages.get("galat.404.pesan"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, messages.get("galat.405.pesan"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("galat.415.pesan"));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception e, HttpServletRequest request) {
		String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: ((MissingServletRequestParameterException) e).getParameterName();
		return respond(request, HttpStatus.BAD_REQUEST, messages.get("galat.parameter", name));
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String detail) {
		if (ErrorPageController.isApi(request.getRequestURI(), request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(messages.get(ErrorPageController.titleKey(status)));
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return new ModelAndView("error/galat", Map.of("status", status.value(), "judulKey",
				ErrorPageController.titleKey(status), "pesan", detail), status);
	}

}
