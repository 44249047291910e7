package id.satudata.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Search on the test JVM's {@link OpenSearchServer} with outbox-polling coordination, as several
 * production nodes run it: the {@code elasticsearch} profile's own file ({@code
 * application-elasticsearch.properties}) is applied with the server's address and an index prefix of
 * the context's own, so contexts never see each other's documents. Use after
 * {@link TestDatabaseInitializer} (which gives the context its database). Nodes that must share one index
 * (a multi-node test) set {@code satudata.pencarian.awalan-indeks} to the same value before this runs, or
 * take {@link #properties(String)}.
 * <p>
 * Indexing is asynchronous here: a change reaches the index after the event processor's next poll and
 * OpenSearch's refresh; wait with {@link OpenSearchServer#awaitIndexed}.
 */
public class OpenSearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PROFILE_FILE = "classpath:application-elasticsearch.properties";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var env = context.getEnvironment();
		String prefix = env.getProperty("satudata.pencarian.awalan-indeks");
		if (prefix == null) {
			prefix = "uji-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		}
		try {
			// after this context's own settings, before the application's defaults (application.properties)
			env.getPropertySources().addFirst(new ResourcePropertySource("satudata-test-opensearch-profile", PROFILE_FILE));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		env.getPropertySources().addFirst(new MapPropertySource("satudata-test-opensearch", properties(prefix)));
	}

	/**
	 * What the {@code elasticsearch} profile needs to reach the test OpenSearch (starting it if needed), with
	 * the given index prefix: as environment-style settings for a separate process too.
	 */
	public static Map<String, Object> properties(String indexPrefix) {
		OpenSearchServer server = OpenSearchServer.get();
		Map<String, Object> props = new HashMap<>();
		props.put("SATUDATA_SEARCH_URIS", server.uri().toString());
		props.put("SATUDATA_SEARCH_INDEX_PREFIX", indexPrefix);
		props.put("satudata.pencarian.awalan-indeks", indexPrefix);
		// the test profile's Lucene settings are left as they are: the elasticsearch backend ignores them
		return props;
	}

}
