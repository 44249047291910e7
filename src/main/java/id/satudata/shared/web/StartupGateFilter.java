package id.satudata.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No page before the start-up work is done: the web server accepts connections once the context is
 * refreshed, while the application runners (region list, demo organizations, accounts and catalog,
 * search re-index) still run. Until the application is ready every request but the actuator's
 * (readiness reports DOWN meanwhile) and static files' is answered 503 with {@code Retry-After} and a "starting" page
 * in the user's language, so no one sees a half-seeded installation or fails to log in with a demo
 * account that is not there yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartupGateFilter extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

	static final String STARTING_ATTRIBUTE = "satudata.starting";
	static final String RETRY_AFTER_SECONDS = "5";
	/** The probes, and the static files the "starting" page is styled with (they show no data). */
	private static final List<String> PASS_WHILE_STARTING = List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/");

	private volatile boolean ready;

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ready = true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (ready) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PASS_WHILE_STARTING.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(STARTING_ATTRIBUTE, Boolean.TRUE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
