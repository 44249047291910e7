package db.migration;

import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of Hibernate Search's outbox-polling coordination (several nodes sharing one OpenSearch
 * index): every change to an indexed entity is queued in {@code hsearch_outbox_event} in the changing
 * transaction, and the nodes' event processors apply the queue to the index; {@code hsearch_agent} is how
 * the nodes share out that work. Empty and unused on the embedded single-node default.
 * <p>
 * Columns as Hibernate Search 8.2 maps them. A Java migration for one type only: Hibernate validates the
 * serialized payloads as a {@code BLOB} ({@code BINARY LARGE OBJECT}) on H2 and as {@code bytea} on PostgreSQL, and the two have no
 * common name for a large binary column (PostgreSQL's "blob" is a large-object reference).
 */
public class V19__hsearch_outbox_polling extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		String binary = product.contains("postgres") ? "BYTEA" : "BINARY LARGE OBJECT";
		try (Statement s = context.getConnection().createStatement()) {
			s.execute("""
					CREATE TABLE hsearch_agent (
					    id UUID NOT NULL,
					    type VARCHAR(40) NOT NULL,
					    name VARCHAR(255) NOT NULL,
					    expiration TIMESTAMP WITH TIME ZONE NOT NULL,
					    state VARCHAR(20) NOT NULL,
					    total_shard_count INTEGER,
					    assigned_shard_index INTEGER,
					    payload %s,
					    tenant_id VARCHAR(255),
					    CONSTRAINT hsearch_agent_pk PRIMARY KEY (id)
					)""".formatted(binary));
			s.execute("""
					CREATE TABLE hsearch_outbox_event (
					    id UUID NOT NULL,
					    entity_name VARCHAR(256) NOT NULL,
					    entity_id VARCHAR(256) NOT NULL,
					    entity_id_hash INTEGER NOT NULL,
					    payload %s NOT NULL,
					    retries INTEGER NOT NULL,
					    process_after TIMESTAMP WITH TIME ZONE NOT NULL,
					    status VARCHAR(20) NOT NULL,
					    tenant_id VARCHAR(255),
					    CONSTRAINT hsearch_outbox_event_pk PRIMARY KEY (id)
					)""".formatted(binary));
			s.execute("CREATE INDEX hsearch_outbox_event_hash ON hsearch_outbox_event (entity_id_hash)");
			s.execute("CREATE INDEX hsearch_outbox_event_status ON hsearch_outbox_event (status)");
			s.execute("CREATE INDEX hsearch_outbox_event_after ON hsearch_outbox_event (process_after)");
		}
	}

}
