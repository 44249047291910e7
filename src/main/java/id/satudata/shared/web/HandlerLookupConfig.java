package id.satudata.shared.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the controller method of a request without testing every mapping in full.
 *
 * <p>Spring MVC finds a mapping without variables in a map, but an address with one (every
 * {@code /dataset/{slug}} page, every {@code /api/3/action/{action}} call) is tested against every
 * one of the application's ~300 mappings, each test starting with the HTTP method and a CORS
 * pre-flight check read through a dozen request wrappers: about a quarter of the CPU time of
 * {@code site_read} in a profile under load (issue 18). Here a mapping whose addresses all begin
 * with a fixed text the request's path does not begin with (e.g. {@code /kelola/dataset/} for
 * {@code /api/3/action/site_read}) is passed over before those tests. It could not have matched: a
 * pattern's literal text before its first variable or wildcard is compared as it is written
 * (patterns are case-sensitive here). Paths with percent-encoded or {@code ;} parameters, and
 * mappings with no fixed text or without parsed patterns, go through Spring's full test as before;
 * the choice among the candidates, and the 404/405/406/415 answers when none matches, are Spring's.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfig {

	@Bean
	WebMvcRegistrations prefilteredHandlerLookup() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefilteredRequestMappingHandlerMapping();
			}
		};
	}

	static final class PrefilteredRequestMappingHandlerMapping extends RequestMappingHandlerMapping {

		/** The path of the lookup in progress on this thread, when it may be pre-filtered. */
		private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

		/** Each mapping's fixed beginnings, one per pattern; a mapping not here is always tested in full. */
		private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

		@Override
		public void afterPropertiesSet() {
			super.afterPropertiesSet();
			index();
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
			super.registerMapping(mapping, handler, method);
			index();
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			index();
		}

		private synchronized void index() {
			Map<RequestMappingInfo, String[]> index = new IdentityHashMap<>();
			if (getPatternParser() != null && getPatternParser().isCaseSensitive()) {
				for (RequestMappingInfo info : getHandlerMethods().keySet()) {
					String[] fixed = prefixes(info);
					if (fixed != null) {
						index.put(info, fixed);
					}
				}
			}
			this.prefixes = index;
		}

		/** The fixed beginnings of the mapping's patterns, or {@code null} if one of them has none. */
		static String[] prefixes(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null || condition.getPatterns().isEmpty()) {
				return null;
			}
			List<String> fixed = new ArrayList<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String text = pattern.getPatternString();
				int end = text.length();
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c == '{' || c == '*' || c == '?' || c == '\\' || c == ';' || c == '%') {
						end = i;
						break;
					}
				}
				// "" or "/" alone says nothing (an empty pattern also matches "/")
				if (end <= 1) {
					return null;
				}
				fixed.add(text.substring(0, end));
			}
			return fixed.toArray(String[]::new);
		}

		/** Whether the mapping is passed over for this lookup path without testing it. */
		static boolean passOver(String[] fixed, String path) {
			for (String prefix : fixed) {
				if (path.startsWith(prefix)) {
					return false;
				}
			}
			return true;
		}

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			String outer = LOOKUP_PATH.get();
			LOOKUP_PATH.set(lookupPath);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				if (outer == null) {
					LOOKUP_PATH.remove();
				}
				else {
					LOOKUP_PATH.set(outer);
				}
			}
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = LOOKUP_PATH.get();
			if (path != null) {
				String[] fixed = prefixes.get(info);
				if (fixed != null && passOver(fixed, path)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

	}

}
