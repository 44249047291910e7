package id.satudata.shared.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once after a redirect (post-redirect-get), already in the user's language, and
 * the one way a back-office controller turns a refused action into such a message:
 * {@code return flash.attempt(redirect, "/kelola/x/" + id, () -> service.act(id));} runs the
 * action, shows a {@link UserFacingException} as the flash error, and redirects either way.
 */
@Component
public class Flash {

	private final Messages messages;

	public Flash(Messages messages) {
		this.messages = messages;
	}

	public void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("sukses", messages.get(key, args));
	}

	/** Notes to show with the next page (each already a message), such as the BPS symbols an upload read. */
	public void info(RedirectAttributes redirect, java.util.List<String> messages) {
		if (!messages.isEmpty()) {
			redirect.addFlashAttribute("info", java.util.List.copyOf(messages));
		}
	}

	/** Warnings to show with the next page (each already a message), such as totals that do not add up. */
	public void warnings(RedirectAttributes redirect, java.util.List<String> messages) {
		if (!messages.isEmpty()) {
			redirect.addFlashAttribute("peringatan", java.util.List.copyOf(messages));
		}
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

	/**
	 * Runs {@code action}; a refusal ({@link UserFacingException}) becomes the flash error. Redirects to
	 * {@code target} either way (the action sets its own success message with {@link #success}).
	 */
	public String attempt(RedirectAttributes redirect, String target, Runnable action) {
		try {
			action.run();
		}
		catch (UserFacingException e) {
			error(redirect, e);
		}
		return "redirect:" + target;
	}

	/**
	 * Runs {@code action}, which answers where to go on success; a refusal becomes the flash error and
	 * leads to {@code failureTarget}.
	 */
	public String attempt(RedirectAttributes redirect, Supplier<String> action, String failureTarget) {
		try {
			return "redirect:" + action.get();
		}
		catch (UserFacingException e) {
			error(redirect, e);
			return "redirect:" + failureTarget;
		}
	}

}
