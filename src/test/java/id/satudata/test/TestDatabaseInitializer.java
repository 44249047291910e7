package id.satudata.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own empty database (an in-memory H2, or a new
 * PostgreSQL database on the test server), its own data directory, and the in-process SMTP server.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> props = new HashMap<>();
		if (TestDatabase.isPostgres()) {
			if (TestDatabase.postgresAdminUrl() == null) {
				throw new IllegalStateException("PostgreSQL tests need " + TestDatabase.POSTGRES_URL_ENV);
			}
			props.put("spring.datasource.url", TestDatabase.createPostgresDatabase(context::close));
			props.put("spring.datasource.username", "");
			props.put("spring.datasource.password", "");
		}
		else {
			props.put("spring.datasource.url", "jdbc:h2:mem:satudata-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		props.put("spring.mail.host", "127.0.0.1");
		props.put("spring.mail.port", String.valueOf(TestMailServer.port()));
		try {
			Path dataDir = Files.createTempDirectory("satudata-test-");
			props.put("satudata.data-dir", dataDir.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("satudata-test-db", props));
	}

}
