package id.satudata.organisasi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import id.satudata.SatuDataApplication;

/** The production profile refuses to start on demo settings or the embedded database. */
class ProductionGuardIT {

	static String[] args(String... extra) throws Exception {
		String dir = Files.createTempDirectory("satudata-prod-").toString();
		String[] base = { "--spring.profiles.active=prod", "--server.port=0", "--satudata.data-dir=" + dir,
				"--logging.file.name=", "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" };
		String[] all = new String[base.length + extra.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return all;
	}

	@Test
	void refusesDemoData() {
		assertThatThrownBy(() -> SpringApplication.run(SatuDataApplication.class, args("--satudata.demo.enabled=true")))
			.hasStackTraceContaining("demo data is enabled");
	}

	@Test
	void refusesTheEmbeddedDatabase() {
		assertThatThrownBy(() -> SpringApplication.run(SatuDataApplication.class, args()))
			.hasStackTraceContaining("embedded H2 database is for quick start only");
	}

}
