package id.satudata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Pages are laid out with plain Thymeleaf fragments (layout/publik, layout/kelola, dokumen/dasar;
 * docs/architecture.md): the Layout Dialect is no longer on the classpath, so a page written the old
 * way ({@code layout:decorate}, {@code layout:fragment}) would be rendered without its layout and
 * without any error. None may be left.
 */
class TemplateLayoutTest {

	private static final Pattern DIALEK_LAMA = Pattern.compile("\\slayout:[a-z-]+=|xmlns:layout=");

	@Test
	void noPageUsesTheLayoutDialect() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(100);
		List<String> left = new ArrayList<>();
		for (Resource r : templates) {
			String html = r.getContentAsString(StandardCharsets.UTF_8);
			if (DIALEK_LAMA.matcher(html).find()) {
				left.add(r.getURL().getPath().replaceAll(".*/templates/", ""));
			}
		}
		assertThat(left).as("pages still written for the Layout Dialect").isEmpty();
	}

}
