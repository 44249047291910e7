package id.satudata.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.SQLExceptionOverride.Override;

class KoneksiPutusH2Test {

	final KoneksiPutusH2 override = new KoneksiPutusH2();

	@Test
	void aLostH2ConnectionIsEvicted() {
		assertThat(override.adjudicate(new SQLException("Database is already closed", "90121", 90121)))
			.isEqualTo(Override.MUST_EVICT);
		assertThat(override.adjudicate(new SQLException("Connection is broken", "90067", 90067)))
			.isEqualTo(Override.MUST_EVICT);
	}

	@Test
	void anyOtherErrorIsJudgedAsBefore() {
		assertThat(override.adjudicate(new SQLException("Unique index violated", "23505", 23505)))
			.isEqualTo(Override.CONTINUE_EVICT);
		assertThat(override.adjudicate(new SQLException("connection refused", "08001", 0)))
			.isEqualTo(Override.CONTINUE_EVICT);
	}

}
