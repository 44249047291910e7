package id.satudata.organisasi.keamanan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing of its own. With an {@code ObservationRegistry} present it would wrap
 * every filter of every chain in an observation (a span and a timer per filter per request), which was
 * the largest single cost of a small API answer such as {@code site_read} in a profile under load
 * (issue 18). Requests are still measured once, per route, by Spring MVC's own
 * {@code http.server.requests} observation (the Prometheus figures documented in {@code docs/operasi.md});
 * logins and refusals are in the audit log.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfig {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
