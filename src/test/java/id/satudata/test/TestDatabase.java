package id.satudata.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Which database engine this test run uses ({@code -Dsatudata.test.db=h2|postgres}) and, for
 * PostgreSQL, the server to create throw-away databases on ({@code SATUDATA_TEST_POSTGRES_URL},
 * e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
 */
public final class TestDatabase {

	public static final String ENGINE_PROPERTY = "satudata.test.db";
	public static final String POSTGRES_URL_ENV = "SATUDATA_TEST_POSTGRES_URL";

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty(ENGINE_PROPERTY, "h2").toLowerCase(Locale.ROOT));
	}

	public static String postgresAdminUrl() {
		String url = System.getenv(POSTGRES_URL_ENV);
		return url == null || url.isBlank() ? System.getProperty(POSTGRES_URL_ENV) : url;
	}

	public static boolean inCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
	}

	/**
	 * Creates a fresh PostgreSQL database and returns its JDBC URL; dropped at JVM exit, after
	 * {@code closeFirst} ran (the application context using it: a database dropped under a context
	 * that is still closing leaves its pool waiting for connections, and the JVM slow to exit).
	 */
	public static String createPostgresDatabase(Runnable closeFirst) {
		String admin = postgresAdminUrl();
		String name = "satudata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(admin, "CREATE DATABASE " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				closeFirst.run();
			}
			finally {
				dropQuietly(admin, name);
			}
		}));
		return withDatabase(admin, name);
	}

	static String withDatabase(String adminUrl, String database) {
		int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
		int query = adminUrl.indexOf('?');
		String base = adminUrl.substring(0, slash + 1);
		String params = query >= 0 ? adminUrl.substring(query) : "";
		return base + database + params;
	}

	private static void dropQuietly(String admin, String name) {
		try {
			execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (RuntimeException e) {
			System.err.println("Could not drop test database " + name + ": " + e.getMessage());
		}
	}

	private static void execute(String url, String sql) {
		try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
		}
	}

}
