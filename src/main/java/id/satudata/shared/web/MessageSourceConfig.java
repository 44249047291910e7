package id.satudata.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: every {@code i18n/<module>.properties} on the class path (Bahasa
 * Indonesia, the default) with its {@code _en} sibling. A module adds its bundle by adding the
 * files; no list to keep in step.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfig {

	private static final Pattern LOCALE_VARIANT = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	static String[] basenames() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
				.filter(name -> !LOCALE_VARIANT.matcher(name).matches())
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct().sorted().toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the message bundles", e);
		}
	}

}
