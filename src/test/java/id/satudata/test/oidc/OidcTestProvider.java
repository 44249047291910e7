package id.satudata.test.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in its own
 * application context (own Tomcat on its own port, no component scan, none of the application's
 * configuration files), with one client for Satu Data, consent off, and in-memory users whose ID
 * tokens carry {@code email}, {@code email_verified} and {@code groups}.
 */
public final class OidcTestProvider {

	public static final String CLIENT_ID = "satudata";
	public static final String CLIENT_SECRET = "rahasia-uji-sso";
	public static final String PASSWORD = "sandi-penyedia-2026";

	/** A user of the provider: its e-mail address and groups. */
	public record Akun(String username, String email, List<String> groups) {
	}

	private OidcTestProvider() {
	}

	/**
	 * Starts the provider at {@code http://127.0.0.1:<port>} for a client whose base URL is
	 * {@code clientBaseUrl}.
	 */
	public static ConfigurableApplicationContext start(int port, String clientBaseUrl, List<Akun> akun) {
		return new SpringApplicationBuilder(Config.class).web(WebApplicationType.SERVLET)
			.initializers(context -> {
				context.getBeanFactory().registerSingleton("oidcTestSetup", new Setup(port, clientBaseUrl, akun));
			})
			.properties(Map.of("spring.config.name", "oidc-test-provider", "server.port", String.valueOf(port),
					"server.address", "127.0.0.1", "spring.main.banner-mode", "off", "spring.jmx.enabled", "false",
					"logging.level.root", "WARN", "server.servlet.session.cookie.name", "PENYEDIA_SESSION"))
			.run();
	}

	record Setup(int port, String clientBaseUrl, List<Akun> akun) {

		String issuer() {
			return "http://127.0.0.1:" + port;
		}

	}

	@EnableWebSecurity
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class })
	static class Config {

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(a -> a.anyRequest().authenticated())
				// the user info endpoint takes the access token
				.oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
				.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain login(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		RegisteredClientRepository clients(Setup setup) {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(setup.clientBaseUrl() + "/login/oauth2/code/sso")
				.postLogoutRedirectUri(setup.clientBaseUrl() + "/?keluar")
				.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		UserDetailsService users(Setup setup) {
			return new InMemoryUserDetailsManager(setup.akun().stream()
				.map(a -> User.withUsername(a.username()).password("{noop}" + PASSWORD).roles("USER").build())
				.toList());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims(Setup setup) {
			return context -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				String name = context.getPrincipal().getName();
				setup.akun().stream().filter(a -> a.username().equals(name)).findFirst().ifPresent(a -> {
					context.getClaims().claim("email", a.email()).claim("email_verified", true)
						.claim("preferred_username", a.username()).claim("name", "Pengguna " + a.username());
					if (!a.groups().isEmpty()) {
						context.getClaims().claim("groups", a.groups());
					}
				});
			};
		}

		@Bean
		KeyPair keyPair() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}

		@Bean
		JwtDecoder jwtDecoder(KeyPair pair) {
			return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
		}

		@Bean
		JWKSource<SecurityContext> jwkSource(KeyPair pair) {
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString()).build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		AuthorizationServerSettings settings(Setup setup) {
			return AuthorizationServerSettings.builder().issuer(setup.issuer()).build();
		}

	}

}
