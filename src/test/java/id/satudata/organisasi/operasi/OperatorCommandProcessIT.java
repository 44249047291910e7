package id.satudata.organisasi.operasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.test.IntegrationTest;
import id.satudata.test.TestDatabase;

/**
 * The operator command as an operator runs it: a separate JVM on the application's main class,
 * beside a running server (this test's application context, same database and data directory,
 * whose search index is locked by the running server) and against a database no server is running on.
 */
@IntegrationTest
class OperatorCommandProcessIT {

	private static final Pattern PASSWORD = Pattern.compile("Password sementara[^:]*: (\\S+)");
	private static Server h2Tcp;

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@AfterAll
	static void stopH2() {
		if (h2Tcp != null) {
			h2Tcp.stop();
		}
	}

	@Test
	void createsTheFirstAdministratorWhileTheServerRuns() throws Exception {
		Map<String, String> env = new java.util.HashMap<>();
		env.put("SATUDATA_DB_URL", databaseUrlForAnotherProcess());
		env.put("SATUDATA_DB_USER", environment.getProperty("spring.datasource.username", ""));
		env.put("SATUDATA_DATA_DIR", environment.getRequiredProperty("satudata.data-dir"));
		if (TestDatabase.isPostgres()) {
			env.put("SPRING_PROFILES_ACTIVE", "prod"); // as documented for production
		}

		Result created = run(env, "--satudata.perintah=buat-admin", "--username=admin.proses", "--kode-wilayah=15");
		assertThat(created.exit()).as(created.toString()).isZero();
		Matcher m = PASSWORD.matcher(created.out());
		assertThat(m.find()).as(created.toString()).isTrue();
		mvc.perform(formLogin("/masuk").user("admin.proses").password(m.group(1)))
			.andExpect(authenticated().withRoles("ADMIN"));

		Result again = run(env, "--satudata.perintah=buat-admin", "--username=admin.proses", "--kode-wilayah=15");
		assertThat(again.exit()).as(again.toString()).isEqualTo(1);
		assertThat(again.err()).contains("already exists");

		Result unknown = run(env, "--satudata.perintah=hapus-semua");
		assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(2);
	}

	@Test
	void createsTheFirstAdministratorWhileNoServerRuns(@TempDir Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("db/satudata")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Map<String, String> env = Map.of("SATUDATA_DB_URL", url, "SATUDATA_DATA_DIR", dir.toString());

		Result refused = run(env, "--satudata.perintah=buat-admin", "--username=admin.pusat", "--kode-wilayah=0");
		assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
		assertThat(refused.err()).contains("no Satu Data schema yet");

		// the schema as the server's first start leaves it (the server is not running any more)
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		Result created = run(env, "--satudata.perintah=buat-admin", "--username=admin.pusat", "--kode-wilayah=0");
		assertThat(created.exit()).as(created.toString()).isZero();
		assertThat(PASSWORD.matcher(created.out()).find()).isTrue();
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			assertThat(single(c, "SELECT COUNT(*) FROM pengguna WHERE username = 'admin.pusat' AND harus_ganti_password"))
				.isEqualTo(1);
			assertThat(single(c, "SELECT COUNT(*) FROM audit_event WHERE aksi = 'pengguna.dibuat'")).isEqualTo(1);
		}
	}

	private static long single(Connection c, String sql) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** PostgreSQL's URL as is; the in-memory H2 database through a TCP server in this JVM. */
	private String databaseUrlForAnotherProcess() throws SQLException {
		String url = environment.getRequiredProperty("spring.datasource.url");
		if (url.startsWith("jdbc:postgresql:")) {
			return url;
		}
		synchronized (OperatorCommandProcessIT.class) {
			if (h2Tcp == null) {
				h2Tcp = Server.createTcpServer("-tcpPort", "0").start();
			}
		}
		return url.replace("jdbc:h2:mem:", "jdbc:h2:tcp://127.0.0.1:" + h2Tcp.getPort() + "/mem:");
	}

	private record Result(int exit, String out, String err) {
	}

	private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("id.satudata.SatuDataApplication");
		command.addAll(List.of(args));
		Path out = Files.createTempFile("operator-out", ".txt");
		Path err = Files.createTempFile("operator-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().keySet().removeIf(k -> k.startsWith("SATUDATA_") || k.startsWith("SPRING_"));
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("operator command did not finish: " + Files.readString(err));
		}
		try {
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}
