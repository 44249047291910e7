package id.satudata.shared.web;

import java.util.Set;

/**
 * An entry of the back-office menu, contributed by a module as a bean. The layout shows it only
 * to users holding one of {@code roles} (empty: every logged-in user). Showing a link grants
 * nothing: every page checks authorization on the server again.
 *
 * @param group the menu section's message key
 * @param labelKey the entry's message key
 * @param path the link
 * @param icon a Bootstrap Icons name
 * @param order position in the menu
 * @param roles the roles (without {@code ROLE_}) that see it
 */
public record MenuItem(String group, String labelKey, String path, String icon, int order, Set<String> roles) {

	public static MenuItem of(String group, String labelKey, String path, String icon, int order, String... roles) {
		return new MenuItem(group, labelKey, path, icon, order, Set.of(roles));
	}

}
