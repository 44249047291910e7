package id.satudata.shared.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The back-office menu for this user ({@code menuKelola}) in every view a controller renders (the
 * rest of the layout comes from {@link LayoutAttributesFilter}); see {@link ViewModelInterceptor}.
 */
@Component
class LayoutModelAdvice extends ViewModelInterceptor {

	private final List<MenuItem> items;

	LayoutModelAdvice(List<MenuItem> items) {
		super("menuKelola");
		this.items = items.stream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
	}

	@Override
	protected Object value(HttpServletRequest request) {
		return menu();
	}

	Map<String, List<MenuItem>> menu() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
			return Map.of();
		}
		Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains))
				.collect(Collectors.groupingBy(MenuItem::group, LinkedHashMap::new, Collectors.toList()));
	}

}
