package id.satudata.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests when Debian's Chromium is missing and the PostgreSQL run with a visible reason when no server is configured (a developer's
 * laptop); in CI ({@code CI} set) a missing server fails the run instead.
 */
public class DatabaseEngineCondition implements ExecutionCondition {

	private static volatile boolean warned;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean browser = context.getTags().contains("browser");
		if (browser && !Browser.available()) {
			if (TestDatabase.inCi()) {
				throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
			}
			return ConditionEvaluationResult.disabled("Browser tests skipped: " + Browser.CHROMIUM + " or "
					+ Browser.CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
		}
		if (!TestDatabase.isPostgres()) {
			return ConditionEvaluationResult.enabled("H2");
		}
		if (TestDatabase.postgresAdminUrl() != null) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.postgresAdminUrl());
		}
		if (TestDatabase.inCi()) {
			throw new IllegalStateException("CI must run the PostgreSQL tests: set " + TestDatabase.POSTGRES_URL_ENV);
		}
		if (!warned) {
			warned = true;
			System.out.println("\n*** PostgreSQL integration tests SKIPPED: set " + TestDatabase.POSTGRES_URL_ENV
					+ " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) to run them ***\n");
		}
		return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + TestDatabase.POSTGRES_URL_ENV
				+ " is not set");
	}

}
