package id.satudata.api.ckan;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the CKAN-compatible API reports about itself ({@code satudata.ckan.*}).
 *
 * @param version the CKAN version whose API behaviour this implementation follows
 * @param extensions the CKAN extensions whose actions are available
 */
@ConfigurationProperties("satudata.ckan")
record CkanProperties(String version, List<String> extensions) {

	CkanProperties {
		version = version == null ? "2.10.4" : version;
		extensions = extensions == null ? List.of("satudata") : List.copyOf(extensions);
	}

}
