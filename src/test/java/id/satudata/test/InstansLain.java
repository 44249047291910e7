package id.satudata.test;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.satudata.SatuDataApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another whole Satu Data installation in this JVM, for the tests between government levels (a
 * kabupaten a province harvests, a portal above one pushes to): the test profile with its own
 * database and data directory ({@link TestDatabaseInitializer}), its demo tree and accounts, and
 * Tomcat on a port free at start, its {@code satudata.base-url} its own address (so the links it
 * writes in its API and DCAT output lead back to it).
 */
public final class InstansLain implements AutoCloseable {

	private final ConfigurableApplicationContext context;
	private final int port;

	private InstansLain(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	/** Starts one; {@code args} are further {@code --name=value} properties. */
	public static InstansLain mulai(String... args) {
		int port = ServerProcesses.freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port, "--satudata.base-url=http://127.0.0.1:" + port,
				"--spring.jmx.enabled=false"));
		all.addAll(List.of(args));
		// as arguments: they outrank application(-test).properties (builder properties are only defaults)
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SatuDataApplication.class).profiles("test")
			.initializers(new TestDatabaseInitializer())
			.bannerMode(Banner.Mode.OFF)
			.run(all.toArray(String[]::new));
		return new InstansLain(context, port);
	}

	public int port() {
		return port;
	}

	/** {@code http://127.0.0.1:port}, without a trailing slash. */
	public String url() {
		return "http://127.0.0.1:" + port;
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public JdbcTemplate jdbc() {
		return context.getBean(JdbcTemplate.class);
	}

	/** Its CKAN API through MockMvc (for setting data up; the instances talk to each other over HTTP). */
	public CkanApi api() {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
		return new CkanApi(mvc, context.getBean(JsonMapper.class));
	}

	@Override
	public void close() {
		context.close();
	}

}
