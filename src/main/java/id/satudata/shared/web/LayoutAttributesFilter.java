package id.satudata.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.satudata.shared.SatuDataProperties;

/**
 * Puts what every page's layout needs into the request (templates read request attributes as
 * variables), so it is there on every render path: normal pages, exception-handler views and the
 * container's error pages alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LayoutAttributesFilter extends OncePerRequestFilter {

	private final SatuDataProperties properties;

	LayoutAttributesFilter(SatuDataProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		request.setAttribute("currentPath", path.startsWith(context) ? path.substring(context.length()) : path);
		request.setAttribute("siteTitle", properties.siteTitle());
		request.setAttribute("siteBaseUrl", properties.baseUrl());
		request.setAttribute("uploadMaxBytes", properties.uploadMaxSize().toBytes());
		chain.doFilter(request, response);
	}

}
