package id.satudata.katalog.pencarian;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health {@code pencarian}: the OpenSearch/Elasticsearch cluster the search index lives on answers
 * its cluster health within {@code satudata.pencarian.health-timeout} (2 s) and is not {@code red}.
 * Only with the {@code elasticsearch} profile, where it is part of readiness: a node whose search
 * cluster is unreachable cannot serve the catalog (the embedded Lucene index has no such check: it is
 * a folder of the node itself). Asked through the client Hibernate Search uses, so the same
 * addresses, credentials and TLS settings.
 */
@Component("pencarian")
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "elasticsearch")
class PencarianHealth extends AbstractHealthIndicator {

	private final Supplier<RestClient> client;
	private final RequestOptions options;
	private final JsonMapper json;

	@Autowired
	PencarianHealth(EntityManagerFactory entityManagerFactory, JsonMapper json,
			@Value("${satudata.pencarian.health-timeout:2s}") Duration timeout) {
		this(() -> Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
			.client(RestClient.class), json, timeout);
	}

	PencarianHealth(Supplier<RestClient> client, JsonMapper json, Duration timeout) {
		super("Search cluster unreachable");
		this.client = client;
		this.json = json;
		int ms = (int) timeout.toMillis();
		this.options = RequestOptions.DEFAULT.toBuilder()
			.setRequestConfig(RequestConfig.custom().setConnectTimeout(ms).setSocketTimeout(ms)
				.setConnectionRequestTimeout(ms).build())
			.build();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		Request request = new Request("GET", "/_cluster/health");
		request.setOptions(options);
		Response response = client.get().performRequest(request);
		JsonNode health = json.readTree(EntityUtils.toString(response.getEntity()));
		String status = health.path("status").asString("");
		builder.withDetail("cluster", health.path("cluster_name").asString(""))
			.withDetail("status", status)
			.withDetail("nodes", health.path("number_of_nodes").asInt());
		if ("red".equals(status) || status.isEmpty()) {
			builder.down();
		}
		else {
			builder.up();
		}
	}

}
