package id.satudata.katalog;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

import id.satudata.test.OpenSearchCondition;
import id.satudata.test.OpenSearchInitializer;
import id.satudata.test.OpenSearchServer;

/** {@link IndeksBasiIT} on OpenSearch with outbox-polling coordination. */
@ExtendWith(OpenSearchCondition.class)
@ContextConfiguration(initializers = OpenSearchInitializer.class)
class IndeksBasiOpenSearchIT extends IndeksBasiIT {

	@Autowired
	DataSource dataSource;

	@Override
	void awaitIndexed() {
		OpenSearchServer.get().awaitIndexed(dataSource, Duration.ofSeconds(60));
	}

}
