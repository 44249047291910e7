package bench.referensi;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling of bench/api-plafon.sh: Satu Data's dependency set (the same BOOT-INF/lib and so every
 * auto-configuration: Tomcat with the access log, Spring MVC, Micrometer's http.server.requests,
 * JDBC sessions, Spring Security) answering {@code site_read}'s constant JSON from a plain controller,
 * through a stateless permit-all security chain for {@code /api/**}, or with {@code --ref.no-security=true}
 * outside Spring Security altogether (Tomcat + Spring MVC alone).
 */
@SpringBootApplication
@RestController
public class ApiReferenceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApiReferenceApplication.class, args);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable()).requestCache(c -> c.disable())
			.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
	}

	/** ref.no-security=true: /api/** outside Spring Security altogether (Tomcat + Spring MVC alone). */
	@Bean
	WebSecurityCustomizer ignoreApi(org.springframework.core.env.Environment env) {
		boolean off = env.getProperty("ref.no-security", Boolean.class, false);
		return web -> { if (off) web.ignoring().requestMatchers("/api/**"); };
	}

	@GetMapping("/api/3/action/site_read")
	Map<String, Object> siteRead() {
		return Map.of("help", "http://localhost/api/3/action/help_show?name=site_read", "success", true, "result", true);
	}

}
