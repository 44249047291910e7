package id.satudata.datastore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import id.satudata.shared.SatuDataProperties;

/**
 * The embedded DuckDB engine for the platform's own work (imports, catalog queries, exports): one
 * in-memory database, a connection per task. It reads only files the platform wrote (upload scratch
 * files, stored Parquet files); user SQL never runs here but in {@link SqlSandbox}.
 */
@Component
public class DuckDb implements DisposableBean, SmartInitializingSingleton {

	/**
	 * How a release's rows are stored: uncompressed Parquet (values still dictionary- and
	 * run-length-encoded by the writer). Every portal and API query decodes the file, and a filter +
	 * sort + top-100 on a million rows takes about 85% of LZ4's time and 60% of ZSTD's, for files about
	 * 1.7× LZ4's size (17 MB for the 1,000,000-row, 6-column benchmark file; its CSV is 55 MB). A
	 * whole-release Parquet download is this file itself, which every Parquet reader opens (no codec
	 * needed); filtered Parquet exports are written with ZSTD (Exporter).
	 */
	public static final String STORED_PARQUET = "(FORMAT PARQUET, COMPRESSION UNCOMPRESSED)";

	private final CompletableFuture<DuckDBConnection> opening;
	private final Path scratch;

	/**
	 * Opening the engine loads DuckDB's native library (tens of MB unpacked from the jar and linked), the
	 * slowest single bean of a start: it is done on a background thread while the rest of the context is
	 * built, and waited for when the context's singletons are all created ({@link #afterSingletonsInstantiated}),
	 * so an engine that cannot start still fails the start before anything is served.
	 */
	DuckDb(DatastoreProperties properties, SatuDataProperties satudata) {
		try {
			this.scratch = satudata.dataDir().resolve("tmp/duckdb").toAbsolutePath();
			Files.createDirectories(scratch);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.opening = new CompletableFuture<>();
		Thread opener = new Thread(() -> {
			try {
				opening.complete(open(properties, scratch));
			}
			catch (Throwable e) {
				opening.completeExceptionally(e);
			}
		}, "duckdb-open");
		opener.setDaemon(true);
		opener.start();
	}

	private static DuckDBConnection open(DatastoreProperties properties, Path scratch) {
		try {
			Properties p = new Properties();
			p.setProperty("duckdb.read_only", "false");
			DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", p);
			try (Statement s = root.createStatement()) {
				s.execute("SET memory_limit = '" + properties.memoryLimit().toMegabytes() + "MB'");
				s.execute("SET threads = " + properties.threads());
				s.execute("SET temp_directory = '" + SqlText.literal(scratch.toString()) + "'");
				s.execute("SET preserve_insertion_order = true");
				s.execute("SET autoinstall_known_extensions = false");
				s.execute("SET autoload_known_extensions = false");
				// stored files never change: keep their Parquet metadata between queries
				s.execute("SET enable_object_cache = true");
			}
			return root;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot start DuckDB", e);
		}
	}

	/** The engine, once open (waits for the background opening; its failure is rethrown). */
	private DuckDBConnection root() {
		try {
			return opening.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException("Cannot start DuckDB", e.getCause());
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		root();
	}

	/** A new connection to the shared engine; close it after the task. */
	public Connection connection() {
		try {
			return root().duplicate();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot open a DuckDB connection", e);
		}
	}

	Path scratch() {
		return scratch;
	}

	@Override
	public void destroy() throws SQLException {
		if (opening.isDone()) {
			if (!opening.isCompletedExceptionally()) {
				opening.join().close();
			}
			return;
		}
		// a start that failed before the engine was open: close it once it is
		opening.thenAccept(c -> {
			try {
				c.close();
			}
			catch (SQLException e) {
				// closing an unused in-memory engine: nothing to lose
			}
		});
	}

}
