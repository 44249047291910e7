package id.satudata.standar.metadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.ui.Model;

/**
 * The "back" link ({@code kembali}) an owning module hands to the metadata editor: kept on every page
 * of the editor, and only when it stays inside the application (no other host, no script).
 */
final class Kembali {

	private Kembali() {
	}

	static boolean isSafe(String kembali) {
		return kembali != null && kembali.length() <= 500 && kembali.matches("/(?![/\\\\])[A-Za-z0-9/_.,:;=?&%#~+-]*");
	}

	/** {@code ?kembali=…} to append to a link of the editor, or nothing. */
	static String query(String kembali) {
		return isSafe(kembali) ? "?kembali=" + URLEncoder.encode(kembali, StandardCharsets.UTF_8) : "";
	}

	/** The link for the page's "back" button, when it is safe. */
	static void addTo(Model model, String kembali) {
		model.addAttribute("kembali", isSafe(kembali) ? kembali : null);
	}

}
