package id.satudata.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Fails any integration test whose HTML answer shows a message key Thymeleaf could not resolve
 * ({@code ??kunci.pesan_id??}): a key built at run time (a rule's or a state's name) escapes
 * MessageBundlesTest, which only sees keys written out in the templates.
 */
@TestComponent
public class PesanTakTerjemahkan implements MockMvcBuilderCustomizer {

	static final Pattern KUNCI = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+_[a-z]{2}(?:_[A-Z]{2})?\\?\\?");

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.alwaysDo(result -> {
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith("text/html")) {
				return;
			}
			Matcher m = KUNCI.matcher(result.getResponse().getContentAsString());
			if (m.find()) {
				throw new AssertionError("Pesan tanpa terjemahan " + m.group() + " di halaman "
						+ result.getRequest().getMethod() + " " + result.getRequest().getRequestURI());
			}
		});
	}

}
