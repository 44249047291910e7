package id.satudata.datastore.kueri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.shared.storage.TempFiles;

/**
 * The lower-cased text of a release's text columns that are stored without a dictionary (names,
 * codes, free text: a different value on almost every row), one value per row, their columns joined
 * by {@link #SEPARATOR}, in a Parquet file of its own with the release's row order. A full-text
 * {@code q} then matches those columns with one {@code contains} over this file instead of
 * lower-casing every value of every such column again for every search, most of the work (1,000,000
 * rows, a 25-character name column: 52–67 ms CPU with {@code lower}, 22 ms without). Columns stored
 * with a dictionary are still matched in the release's own file, once per distinct value.
 * <p>
 * Derived, never the truth: it is written by one background thread for a release of at least
 * {@link #MIN_ROWS} rows right after the release's import on the node that imported it, and on any
 * other node (or after a restart) at the release's first {@code q} there (the searches until it is
 * ready are answered without it), kept as a scratch file ({@link TempFiles}: deleted at start-up), and the least recently
 * used files are deleted beyond {@link #MAX_BYTES}. A release's stored file never changes, so a file
 * once written stays true.
 * <p>
 * The same rows as before: for a {@code q} without the separator character,
 * {@code contains(concat_ws(sep, lower(a), lower(b)), lower(q))} holds exactly when
 * {@code contains(lower(a), lower(q))} or {@code contains(lower(b), lower(q))} does (a match
 * cannot span the separator; null values are left out, as they never match); a {@code q} holding
 * the separator is matched column by column.
 */
final class SearchText {

	private static final Logger log = LoggerFactory.getLogger(SearchText.class);

	/** Joins the columns of a row; a {@code q} that contains it is matched without this file. */
	static final String SEPARATOR = "\u001f";

	/** Smaller releases are searched in a few milliseconds without it. */
	static final long MIN_ROWS = 50_000;

	/** The files kept together at most (least recently used deleted first). */
	static final long MAX_BYTES = 2L << 30;

	/**
	 * How long a dropped file stays on disk: far longer than a search runs, so a search that found the
	 * file ready does not find it gone while it reads it.
	 */
	static final long DELETE_AFTER_SECONDS = 120;

	/** A written file and the columns it holds (none: the release needs no such file). */
	record Built(Path file, Set<String> columns) {

		static final Built NONE = new Built(null, Set.of());

	}

	private final DuckDb duck;
	private final TempFiles temp;
	private final long minRows;
	private final ExecutorService writer;
	private final AsyncCache<String, Built> files;

	SearchText(DuckDb duck, TempFiles temp, long minRows) {
		this.duck = duck;
		this.temp = temp;
		this.minRows = minRows;
		// one writer at a time (a write takes a core), its thread gone when idle
		this.writer = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
			Thread t = new Thread(r, "datastore-teks-cari");
			t.setDaemon(true);
			return t;
		});
		this.files = Caffeine.newBuilder()
			.executor(writer)
			.maximumWeight(MAX_BYTES / 1024)
			.<String, Built>weigher((key, built) -> built.file() == null ? 0 : (int) Math.min(Integer.MAX_VALUE, size(built.file()) / 1024))
			.<String, Built>removalListener((key, built, cause) -> {
				if (built != null && built.file() != null) {
					// later, not now: a search that took the file just before may still be reading it
					CompletableFuture.runAsync(() -> temp.delete(built.file()),
							CompletableFuture.delayedExecutor(DELETE_AFTER_SECONDS, TimeUnit.SECONDS));
				}
			})
			.buildAsync();
	}

	/**
	 * The release's file if it is written; otherwise empty, and its writing is started (once) when the
	 * release is large enough.
	 */
	Optional<Built> ready(TableRef table, Path parquet) {
		if (table.rows() < minRows) {
			return Optional.empty();
		}
		CompletableFuture<Built> built = files.get(table.storageKey(), key -> write(table, parquet));
		if (!built.isDone()) {
			return Optional.empty();
		}
		Built b = built.join();
		if (b.file() == null || !Files.exists(b.file())) {
			return Optional.empty();
		}
		return Optional.of(b);
	}

	/**
	 * Starts writing the release's file in the background when the release is large enough, without
	 * waiting (after its import: its first {@code q} then finds it written). {@code parquet} is asked on
	 * the writer's thread (with object storage it may fetch the file).
	 */
	void prepare(TableRef table, java.util.concurrent.Callable<Path> parquet) {
		if (table.rows() < minRows) {
			return;
		}
		files.get(table.storageKey(), key -> {
			try {
				return write(table, parquet.call());
			}
			catch (Exception e) {
				log.warn("Could not write the search text of {}: {}", table.storageKey(), e.toString());
				return Built.NONE;
			}
		});
	}

	/** Whether the release's file is written, without starting it (tests). */
	boolean written(String storageKey) {
		CompletableFuture<Built> built = files.getIfPresent(storageKey);
		return built != null && built.isDone() && !built.isCompletedExceptionally() && built.join().file() != null;
	}

	/** Waits for the release's file to be written (tests). */
	Built await(TableRef table, Path parquet) {
		return files.get(table.storageKey(), key -> write(table, parquet)).join();
	}

	/** Forgets a deleted release (its file is deleted). */
	void forget(String storageKey) {
		files.synchronous().invalidate(storageKey);
	}

	private Built write(TableRef table, Path parquet) {
		String file = "read_parquet('" + SqlText.literal(parquet.toString()) + "')";
		Path out = null;
		try (Connection c = duck.connection(); Statement s = c.createStatement()) {
			// the text columns some row group of the stored file holds without a dictionary
			Set<String> plain = new java.util.HashSet<>();
			try (ResultSet rs = s.executeQuery("SELECT path_in_schema FROM parquet_metadata('"
					+ SqlText.literal(parquet.toString()) + "') WHERE dictionary_page_offset IS NULL")) {
				while (rs.next()) {
					plain.add(rs.getString(1));
				}
			}
			List<String> columns = new ArrayList<>();
			for (ColumnSpec col : table.columns()) {
				if (col.type().textual() && plain.contains(col.name())) {
					columns.add(col.name());
				}
			}
			if (columns.isEmpty()) {
				return Built.NONE;
			}
			long start = System.nanoTime();
			out = temp.newFile(".parquet");
			s.execute("COPY (SELECT concat_ws(chr(31), "
					+ String.join(", ", columns.stream().map(n -> "lower(" + SqlText.ident(n) + ")").toList()) + ") AS t FROM "
					+ file + ") TO '" + SqlText.literal(out.toString()) + "' " + DuckDb.STORED_PARQUET);
			log.info("Search text of {} ({} columns, {} rows) written in {} ms", table.storageKey(), columns.size(),
					table.rows(), (System.nanoTime() - start) / 1_000_000);
			return new Built(out, Set.copyOf(columns));
		}
		catch (SQLException | RuntimeException e) {
			// searched without it, as before
			log.warn("Could not write the search text of {}: {}", table.storageKey(), e.getMessage());
			temp.delete(out);
			return Built.NONE;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return 0;
		}
	}

}
