package id.satudata.api.cors;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cross-origin reading of the public API and downloads ({@code satudata.cors.*}).
 *
 * @param enabled whether CORS headers are sent at all (default true)
 * @param origins the origins allowed to read (default {@code *}: any)
 * @param maxAge seconds a browser may keep a preflight answer (default 3600)
 */
@ConfigurationProperties("satudata.cors")
public record CorsProperties(Boolean enabled, List<String> origins, Long maxAge) {

	public CorsProperties {
		enabled = enabled == null ? Boolean.TRUE : enabled;
		origins = origins == null || origins.isEmpty() ? List.of("*") : List.copyOf(origins);
		maxAge = maxAge == null ? 3600L : maxAge;
	}

}
