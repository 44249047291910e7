package bench.referensi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference of bench/startup.sh: a minimal Spring Boot application on exactly Satu Data's
 * dependency set (the same BOOT-INF/lib, so every auto-configuration Satu Data gets: web, security,
 * JPA + Hibernate Search, Flyway, JDBC sessions, actuator, mail, ...) started the same way
 * ({@code java -jar}), with one page and no entities, migrations or start-up work of its own.
 */
@SpringBootApplication
@RestController
public class ReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferenceApplication.class, args);
	}

	/** Public pages and probes, a login form for the rest (as Satu Data's public site). */
	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(a -> a.requestMatchers("/", "/actuator/health/**").permitAll()
			.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
	}

	@GetMapping("/")
	String home() {
		return "referensi";
	}

}
