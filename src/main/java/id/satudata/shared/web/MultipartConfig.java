package id.satudata.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

import id.satudata.shared.storage.TempFiles;
import jakarta.servlet.MultipartConfigElement;

/**
 * The multipart resolver (in place of Spring Boot's, with the same limits from
 * {@code spring.servlet.multipart.*}): large table uploads are streamed once to their scratch file
 * ({@link StreamingMultipartResolver}).
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfig {

	@Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StreamingMultipartResolver multipartResolver(TempFiles tempFiles, ObjectProvider<MultipartConfigElement> config) {
		MultipartConfigElement c = config.getIfAvailable();
		return new StreamingMultipartResolver(tempFiles, c == null ? -1 : c.getMaxFileSize(),
				c == null ? -1 : c.getMaxRequestSize());
	}

}
