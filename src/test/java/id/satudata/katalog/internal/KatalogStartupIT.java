package id.satudata.katalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.katalog.dataset.Dataset;
import id.satudata.test.IntegrationTest;

/**
 * The start-up re-index finds an index older than the database although both hold as many
 * datasets: a change written behind the index's back (as by a database restored without its index,
 * or a crash between a commit and its index write) is in the index after the check.
 */
@IntegrationTest
class KatalogStartupIT {

	@Autowired
	KatalogStartup startup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	long indexedFrom(Instant from) {
		return transaction.execute(status -> Search.session(entityManager).search(Dataset.class)
			.where(f -> f.range().field("diubahPada").atLeast(from)).fetchTotalHitCount());
	}

	/** A dataset changed behind the index's back: its database row an hour newer than any other. */
	record Changed(long id, Timestamp original, Instant at) {
	}

	Changed changeBehindTheIndex() {
		Long id = jdbc.queryForObject("SELECT MIN(id) FROM dataset WHERE dihapus_pada IS NULL", Long.class);
		Timestamp original = jdbc.queryForObject("SELECT diubah_pada FROM dataset WHERE id = ?", Timestamp.class, id);
		Instant max = jdbc.queryForObject("SELECT MAX(diubah_pada) FROM dataset", Timestamp.class).toInstant();
		Instant at = max.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		jdbc.update("UPDATE dataset SET diubah_pada = ? WHERE id = ?", Timestamp.from(at), id);
		return new Changed(id, original, at);
	}

	void restore(Changed changed) throws InterruptedException {
		jdbc.update("UPDATE dataset SET diubah_pada = ? WHERE id = ?", changed.original(), changed.id());
		// the index may hold the newer time now: back to the database's, for the other tests
		Search.session(entityManager.getEntityManagerFactory().createEntityManager()).massIndexer(Dataset.class)
			.startAndWait();
	}

	@Test
	void anIndexWithEqualCountsButWithoutTheNewestChangeIsRebuilt() throws Exception {
		Changed changed = changeBehindTheIndex();
		try {
			assertThat(indexedFrom(changed.at())).isZero();

			startup.reindexIfNeeded(changed.at().plus(Duration.ofMinutes(2)));

			assertThat(indexedFrom(changed.at())).isOne();
		}
		finally {
			restore(changed);
		}
		assertThat(indexedFrom(changed.at())).isZero();
	}

	@Test
	void aChangeOfTheLastMinuteMayStillBeOnItsWay() throws Exception {
		Changed changed = changeBehindTheIndex();
		try {
			startup.reindexIfNeeded(changed.at().plus(Duration.ofSeconds(20)));

			assertThat(indexedFrom(changed.at())).isZero();
		}
		finally {
			restore(changed);
		}
	}

}
