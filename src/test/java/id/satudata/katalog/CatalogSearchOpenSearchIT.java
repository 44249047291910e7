package id.satudata.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

import id.satudata.test.OpenSearchCondition;
import id.satudata.test.OpenSearchInitializer;
import id.satudata.test.OpenSearchServer;

/**
 * {@link CatalogSearchIT} on OpenSearch with outbox-polling coordination: the same Indonesian stemming
 * ("pendidikan" finds "peserta didik"), facets, sort and paging as on the embedded Lucene index.
 */
@ExtendWith(OpenSearchCondition.class)
@ContextConfiguration(initializers = OpenSearchInitializer.class)
class CatalogSearchOpenSearchIT extends CatalogSearchIT {

	@Autowired
	DataSource dataSource;

	/** After the three datasets are published (the superclass's set-up): indexing is asynchronous here. */
	@BeforeAll
	void awaitIndexed() {
		OpenSearchServer.get().awaitIndexed(dataSource, Duration.ofSeconds(60));
	}

	/**
	 * A published dataset is found by the next searches within seconds, with nobody waiting for it: the
	 * outbox's next poll plus OpenSearch's refresh (what another node's search waits for as well).
	 */
	@Test
	void aPublishedDatasetIsFoundWithinSeconds() throws Exception {
		String name = "baru-" + suffix;
		long start = System.nanoTime();
		create(name, "Jumlah Nelayan Tangkap " + suffix, "kesehatan", "dinkes-19");
		long published = System.nanoTime();
		while (names("q=nelayan&fq=tags:uji" + suffix).isEmpty()) {
			assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(30));
			Thread.sleep(20);
		}
		long found = System.nanoTime();
		System.out.printf("OpenSearch with outbox polling: found %d ms after the publishing request returned "
				+ "(the request itself took %d ms)%n", (found - published) / 1_000_000, (published - start) / 1_000_000);
		assertThat(names("q=nelayan&fq=tags:uji" + suffix)).containsExactly(name);
	}

}
