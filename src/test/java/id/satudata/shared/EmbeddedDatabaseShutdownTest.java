package id.satudata.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.PropertyPlaceholderHelper;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded default's database survives the application's own shutdown: a JVM stopped with
 * SIGTERM runs Spring's shutdown (the last usage counts written, the event log's in-flight entries
 * kept) beside every other shutdown hook, and H2 registers one that closes the database at once
 * unless its URL says {@code DB_CLOSE_ON_EXIT=FALSE}. Tried in a JVM of its own on the URL of
 * {@code application.properties}: a write made by a shutdown hook after the JVM began to exit must
 * be in the database afterwards.
 */
class EmbeddedDatabaseShutdownTest {

	@Test
	void aWriteDuringShutdownReachesTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
		String url = embeddedUrl(dataDir);
		Path log = dataDir.resolve("child.log");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
				"-cp", System.getProperty("java.class.path"), Child.class.getName(), url)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(child.exitValue()).as(output).isZero();
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM ditulis_saat_berhenti")) {
			rs.next();
			assertThat(rs.getLong(1)).as("row written by the shutdown hook; child output: %s", output).isEqualTo(1);
		}
		assertThat(output).doesNotContain("Database is already closed");
	}

	/** {@code spring.datasource.url} of application.properties as the embedded default resolves it. */
	private static String embeddedUrl(Path dataDir) throws IOException {
		Properties app = new Properties();
		try (InputStream in = EmbeddedDatabaseShutdownTest.class.getResourceAsStream("/application.properties")) {
			app.load(in);
		}
		Properties values = new Properties();
		values.setProperty("satudata.data-dir", dataDir.toString());
		// SATUDATA_DB_URL is not set: the default after the colon
		return new PropertyPlaceholderHelper("${", "}", ":", '\\', true)
			.replacePlaceholders(app.getProperty("spring.datasource.url"), values);
	}

	/**
	 * The application's shutdown in small: a pool (as Spring's), a connection in use when the stop
	 * comes, a shutdown hook that writes with it after the JVM began to exit and then closes the pool
	 * (as the context's close does), and the JVM's exit.
	 */
	public static final class Child {

		public static void main(String[] args) throws Exception {
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(args[0]);
			config.setUsername("sa");
			config.setPassword("");
			config.setMaximumPoolSize(2);
			HikariDataSource pool = new HikariDataSource(config);
			try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
				s.execute("CREATE TABLE ditulis_saat_berhenti (id INT)");
			}
			// work in progress when the stop comes (a request the graceful shutdown lets finish, the
			// usage counts' last write): it holds its connection
			Connection inProgress = pool.getConnection();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					Thread.sleep(500); // the rest of the application shutting down first
					try (Connection c = inProgress; Statement s = c.createStatement()) {
						s.execute("INSERT INTO ditulis_saat_berhenti VALUES (1)");
					}
				}
				catch (Exception e) {
					System.out.println("write at shutdown failed: " + e);
				}
				finally {
					pool.close();
				}
			}));
			List.of(args).forEach(a -> System.out.println("url: " + a));
			System.exit(0);
		}

	}

}
