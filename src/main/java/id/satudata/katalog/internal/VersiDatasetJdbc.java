package id.satudata.katalog.internal;

import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.satudata.katalog.VersiDataset;

/**
 * {@link VersiDataset} in plain JDBC: the same lookups as {@code DatasetRepository.versiBySlug/ByUuid/ById}
 * (each on a unique index), without a transaction. Through the JPA repository inside
 * {@link KatalogService}'s read-only transaction the lookup took a third of an anonymous
 * {@code package_show}'s CPU time (a transaction begun and committed, an entity manager opened and
 * closed, the query interpreted, a projection proxy); here it is one statement on an autocommit connection
 * (on PostgreSQL without the transaction's COMMIT round trip). It opens no transaction of its own on
 * purpose (inside a caller's transaction it reads on that transaction's connection): alone it reads what is
 * committed, which is what another node's change is once it is visible at all.
 */
@Component
class VersiDatasetJdbc implements VersiDataset {

	private static final ResultSetExtractor<OptionalLong> VERSI = rs -> rs.next() ? OptionalLong.of(rs.getLong(1))
			: OptionalLong.empty();

	private final JdbcClient jdbc;

	VersiDatasetJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public OptionalLong versi(String slugAtauId) {
		if (slugAtauId == null) {
			return OptionalLong.empty();
		}
		OptionalLong versi = jdbc.sql("SELECT version FROM dataset WHERE slug = ?").param(slugAtauId).query(VERSI);
		if (versi.isEmpty() && KatalogService.isUuid(slugAtauId)) {
			versi = jdbc.sql("SELECT version FROM dataset WHERE uuid = ?")
				.param(slugAtauId.toLowerCase(Locale.ROOT))
				.query(VERSI);
		}
		if (versi.isEmpty() && KatalogService.isId(slugAtauId)) {
			versi = jdbc.sql("SELECT version FROM dataset WHERE id = ?").param(Long.parseLong(slugAtauId)).query(VERSI);
		}
		return versi;
	}

}
