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

	public void error(RedirectAttributes redirect, UserFacingException e) {
		redirect.addFlashAttribute("galat", messages.get(e));
	}

	public void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("galat", messages.get(key, args));
	}

}
