package id.satudata.api.ckan;

import java.lang.reflect.Method;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every known action also at its own literal address ({@code /api/3/action/site_read},
 * {@code /api/action/site_read}), with the same methods and media type as
 * {@code /api/3/action/{action}}. Spring MVC finds a literal address in a map, while an address that
 * only a pattern matches is compared with every mapping of the application (several hundred): that
 * scan was a quarter to a third of the CPU time of a small API answer such as {@code site_read}
 * (issue 18, JFR under wrk). The pattern stays for unknown names (CKAN's 400 answer); the answer
 * for a known name is the same either way ({@link CkanActionController#knownAction}). The
 * {@code http.server.requests} metric's {@code uri} is then the action's address (a bounded set).
 */
@Component
// not in the operator's command-line context (no web layer there: spring.main.web-application-type=none)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CkanActionPaths implements SmartInitializingSingleton {

	private final RequestMappingHandlerMapping mapping;
	private final CkanActionController controller;
	private final CkanActions actions;

	CkanActionPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
			CkanActionController controller, CkanActions actions) {
		this.mapping = mapping;
		this.controller = controller;
		this.actions = actions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Method handler = ReflectionUtils.findMethod(CkanActionController.class, "knownAction", HttpServletRequest.class);
		// one mapping per action: the mapping found by the address then compares two patterns, not all of them
		for (String name : actions.names().stream().sorted().toList()) {
			RequestMappingInfo info = RequestMappingInfo.paths("/api/3/action/" + name, "/api/action/" + name)
				.methods(RequestMethod.GET, RequestMethod.POST)
				.produces(MediaType.APPLICATION_JSON_VALUE)
				.options(mapping.getBuilderConfiguration())
				.build();
			mapping.registerMapping(info, controller, handler);
		}
	}

}
