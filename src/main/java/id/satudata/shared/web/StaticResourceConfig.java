package id.satudata.shared.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under the paths that hold them, instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page builds
 * ({@code @{/dataset/...}}) went through the resource chain's URL lookup, and each lookup searched
 * the class path of the packaged jar for a file of that name — half of a dataset page's server time.
 * Now only links into these paths are looked up, and found files are cached. Webjar links get their
 * version written into the URL (webjars-locator-lite), so those may be cached for a year.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfig implements WebMvcConfigurer {

	/** The folders of {@code src/main/resources/static}; a new one is added here. */
	private static final String[] FOLDERS = { "css", "js", "img" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic())
			.resourceChain(true);
	}

}
