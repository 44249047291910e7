package id.satudata.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once after a redirect (post-redirect-get), already in the user's language. */
@Component
public class Flash {

	private final Messages messages;

	public Flash(Messages messages) {
		this.messages = messages;
	}

	public void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("sukses", messages.get(key, args));
	}

	/**
	 * The failure's message; for a field's failure prefixed by the field's label when a bundle names
	 * it ({@code bidang.<field>}), so a message shown away from its form still says where.
	 */
	public void error(RedirectAttributes redirect, UserFacingException e) {
		String message = messages.get(e);
		if (e instanceof InvalidFieldException f && f.getField() != null) {
			String field = f.getField().replaceAll("\\[.*\\]$", "");
			String label = messages.label("bidang." + field, null);
			if (label != null) {
				message = label + ": " + message;
			}
		}
		redirect.addFlashAttribute("galat", message);
	}

	public void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("galat", messages.get(key, args));
	}

}
