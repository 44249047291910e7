package id.satudata.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the OpenSearch tests when {@value OpenSearchServer#ENV} is set ({@code start}: the build's
 * OpenSearch is started; a URL: a running one is used). Without it they are skipped with a visible
 * message on a developer's machine and fail in CI, as the PostgreSQL tests do.
 */
public class OpenSearchCondition implements ExecutionCondition {

	private static volatile boolean warned;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (OpenSearchServer.configured()) {
			return ConditionEvaluationResult.enabled("OpenSearch: " + System.getenv(OpenSearchServer.ENV));
		}
		if (TestDatabase.inCi()) {
			throw new IllegalStateException("CI must run the OpenSearch tests: set " + OpenSearchServer.ENV + "=start");
		}
		if (!warned) {
			warned = true;
			System.out.println("\n*** OpenSearch integration tests SKIPPED: set " + OpenSearchServer.ENV
					+ "=start (runs the OpenSearch the build downloads) or =http://host:9200 to run them ***\n");
		}
		return ConditionEvaluationResult.disabled("OpenSearch tests skipped: " + OpenSearchServer.ENV + " is not set");
	}

}
