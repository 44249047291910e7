package id.satudata.shared;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool that an H2 connection whose server went away is dead. PostgreSQL reports a
 * lost connection with an SQL state of class 08, which the pool already evicts; H2's client reports it
 * with its own codes (90067 connection broken, 90098 database closed, 90121 "Database is already
 * closed"), so the pool kept handing out the broken connection and, as long as it was used more often
 * than the pool's liveness check interval (500 ms), never replaced it: readiness stayed DOWN after the
 * database came back (DependencyOutageIT). Every other exception is judged as before.
 */
public class KoneksiPutusH2 implements SQLExceptionOverride {

	private static final Set<Integer> PUTUS = Set.of(90067, 90098, 90121);

	@java.lang.Override
	public Override adjudicate(SQLException e) {
		return PUTUS.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
