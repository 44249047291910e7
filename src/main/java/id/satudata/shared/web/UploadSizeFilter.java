package id.satudata.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import id.satudata.shared.SatuDataProperties;

/**
 * Refuses an upload larger than the configured limit from its declared length, before anything
 * reads it (and before the CSRF filter would parse it), with a 413 page in the user's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class UploadSizeFilter extends OncePerRequestFilter {

	static final String LIMIT_ATTRIBUTE = "satudata.uploadLimit";

	/**
	 * Request attribute: {@link System#nanoTime()} when a request with a body came in, before anything read
	 * the body (resource_create logs how long its upload took to arrive).
	 */
	public static final String ARRIVED_ATTRIBUTE = "satudata.requestArrived";

	private final SatuDataProperties properties;

	UploadSizeFilter(SatuDataProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = properties.uploadMaxSize().toBytes();
		// a little headroom over the file limit for the form's other fields and multipart framing
		if (request.getContentLengthLong() > max + 1024 * 1024) {
			request.setAttribute(LIMIT_ATTRIBUTE, human(properties.uploadMaxSize()));
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (request.getContentLengthLong() != 0) {
			request.setAttribute(ARRIVED_ATTRIBUTE, System.nanoTime());
		}
		chain.doFilter(request, response);
	}

	static String human(DataSize size) {
		long mb = size.toMegabytes();
		return mb >= 1 ? mb + " MB" : size.toKilobytes() + " KB";
	}

}
