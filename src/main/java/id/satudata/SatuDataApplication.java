package id.satudata;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Satu Data: a modular monolith. Each top-level package below this one is a module (see
 * {@code docs/architecture.md}); modules talk through their public API and events only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class SatuDataApplication {

	public static void main(String[] args) {
		if (OperatorMode.requested(args)) {
			OperatorMode.run(args);
			return;
		}
		SpringApplication.run(SatuDataApplication.class, args);
	}

}
