package id.satudata.datastore.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Datastore settings ({@code satudata.datastore.*}).
 *
 * @param memoryLimit DuckDB's memory limit for imports and queries (off the Java heap)
 * @param threads DuckDB worker threads (0: one per core)
 * @param maxImportRows the most rows an uploaded table may have
 * @param issuesPerRule issues kept per rule for display (counts stay exact)
 * @param maxLimit the largest page a query may ask for (CKAN's rows_max)
 * @param sqlTimeout time limit of a user SQL query
 * @param sqlMaxRows rows a user SQL query returns at most
 * @param sqlMemoryLimit memory limit of the SQL sandbox
 * @param maxAnswerBytes the most bytes of values one answer (SQL or datastore search) may carry
 * @param sqlMaxString the longest text the string-building functions of one SQL query may make
 *        together per row (shared between the places that build text: repeat, lpad, concat, ...)
 */
@ConfigurationProperties("satudata.datastore")
public record DatastoreProperties(DataSize memoryLimit, Integer threads, Long maxImportRows, Integer issuesPerRule,
		Integer maxLimit, Duration sqlTimeout, Integer sqlMaxRows, DataSize sqlMemoryLimit, DataSize maxAnswerBytes,
		DataSize sqlMaxString) {

	public DatastoreProperties {
		memoryLimit = memoryLimit == null ? DataSize.ofMegabytes(1024) : memoryLimit;
		threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
		maxImportRows = maxImportRows == null ? 5_000_000L : maxImportRows;
		issuesPerRule = issuesPerRule == null ? 1000 : issuesPerRule;
		maxLimit = maxLimit == null ? 32_000 : maxLimit;
		sqlTimeout = sqlTimeout == null ? Duration.ofSeconds(10) : sqlTimeout;
		sqlMaxRows = sqlMaxRows == null ? 10_000 : sqlMaxRows;
		sqlMemoryLimit = sqlMemoryLimit == null ? DataSize.ofMegabytes(256) : sqlMemoryLimit;
		maxAnswerBytes = maxAnswerBytes == null ? DataSize.ofMegabytes(4) : maxAnswerBytes;
		sqlMaxString = sqlMaxString == null ? DataSize.ofKilobytes(64) : sqlMaxString;
	}

}
