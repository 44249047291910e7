package id.satudata.organisasi.keamanan;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code satudata.metrics.*}: the Prometheus scrape token (at least 32 characters) and networks (CIDR). */
@ConfigurationProperties("satudata.metrics")
record MetricsProperties(String token, List<String> networks) {

	MetricsProperties {
		token = token == null ? "" : token.strip();
		networks = networks == null ? List.of()
				: networks.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!token.isEmpty() && token.length() < 32) {
			throw new IllegalStateException(
					"satudata.metrics.token (SATUDATA_METRICS_TOKEN) must have at least 32 characters");
		}
	}

}
