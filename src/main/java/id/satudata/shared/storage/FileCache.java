package id.satudata.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's copies of stored files that engines read from a path (DuckDB reads a release's Parquet,
 * POI an uploaded workbook). Stored files never change (a new upload is a new key), so a copy stays
 * true as long as it exists. A copy is fetched on first use (concurrent first uses of one key fetch
 * once, the others wait for it), written under a temporary name and moved into place only when the
 * fetch verified it, and removed least recently used first when the copies together exceed the size
 * limit, except copies used within {@code minIdle} (a query may be about to open them; the limit is
 * exceeded for that long instead). Copies left by an earlier run are kept, oldest first to go.
 */
final class FileCache {

	private static final Logger log = LoggerFactory.getLogger(FileCache.class);
	private static final String PARTIAL = ".part";

	/** Writes the stored file's verified content to the given (new, empty) file. */
	interface Fetch {

		void into(Path target) throws IOException;

	}

	private static final class Entry {

		final Path path;
		final long size;
		volatile long lastUsed;

		Entry(Path path, long size, long lastUsed) {
			this.path = path;
			this.size = size;
			this.lastUsed = lastUsed;
		}

	}

	private final Path dir;
	private final long maxBytes;
	private final long minIdleNanos;
	private final LongSupplier ticker;
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Entry>> loading = new ConcurrentHashMap<>();
	private final AtomicLong total = new AtomicLong();
	private final AtomicLong fetches = new AtomicLong();
	private final AtomicLong evictions = new AtomicLong();
	private final Object evicting = new Object();

	FileCache(Path dir, long maxBytes, Duration minIdle, LongSupplier ticker) {
		this.dir = dir.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
		this.minIdleNanos = minIdle.toNanos();
		this.ticker = ticker;
		adoptEarlierCopies();
	}

	/** The local copy of the key, fetched first if this node has none. */
	Path get(String key, Fetch fetch) throws IOException {
		Entry present = present(key);
		if (present != null) {
			return present.path;
		}
		CompletableFuture<Entry> mine = new CompletableFuture<>();
		CompletableFuture<Entry> other = loading.putIfAbsent(key, mine);
		if (other != null) {
			try {
				Entry fetched = other.join();
				fetched.lastUsed = ticker.getAsLong();
				return fetched.path;
			}
			catch (CompletionException e) {
				if (e.getCause() instanceof IOException io) {
					throw io;
				}
				throw e;
			}
		}
		try {
			Entry entry = present(key); // fetched by another thread between the first look and now
			if (entry == null) {
				Path target = pathOf(key);
				Files.createDirectories(target.getParent());
				Path tmp = Files.createTempFile(target.getParent(), ".fetch-", PARTIAL);
				try {
					fetch.into(tmp);
					move(tmp, target);
				}
				finally {
					Files.deleteIfExists(tmp);
				}
				fetches.incrementAndGet();
				entry = add(key, target);
			}
			mine.complete(entry);
			evict(key);
			return entry.path;
		}
		catch (IOException | RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			loading.remove(key, mine);
		}
	}

	/** The local copy if this node has one, else {@code null}. */
	Path ifPresent(String key) {
		Entry e = present(key);
		return e == null ? null : e.path;
	}

	/** The size of the local copy if this node has one, else -1. */
	long sizeIfPresent(String key) {
		Entry e = present(key);
		return e == null ? -1 : e.size;
	}

	/** Takes a file just stored under the key as its local copy (moved, not copied). */
	void put(String key, Path file) throws IOException {
		Path target = pathOf(key);
		Files.createDirectories(target.getParent());
		move(file, target);
		add(key, target);
		evict(null);
	}

	/** Forgets the key's copy and deletes it. */
	void remove(String key) {
		Entry e = entries.remove(key);
		if (e != null) {
			total.addAndGet(-e.size);
			deleteQuietly(e.path);
		}
	}

	long totalBytes() {
		return total.get();
	}

	long fetches() {
		return fetches.get();
	}

	long evictions() {
		return evictions.get();
	}

	int count() {
		return entries.size();
	}

	Path dir() {
		return dir;
	}

	long maxBytes() {
		return maxBytes;
	}

	private Entry present(String key) {
		Entry e = entries.get(key);
		if (e == null) {
			return null;
		}
		if (!Files.isRegularFile(e.path)) { // deleted behind our back: fetch again
			if (entries.remove(key, e)) {
				total.addAndGet(-e.size);
			}
			return null;
		}
		e.lastUsed = ticker.getAsLong();
		return e;
	}

	private Entry add(String key, Path path) throws IOException {
		Entry e = new Entry(path, Files.size(path), ticker.getAsLong());
		Entry previous = entries.put(key, e);
		total.addAndGet(e.size - (previous == null ? 0 : previous.size));
		return e;
	}

	/** Removes least recently used copies until the total fits, sparing {@code keep} and recent ones. */
	private void evict(String keep) {
		if (total.get() <= maxBytes) {
			return;
		}
		synchronized (evicting) {
			long now = ticker.getAsLong();
			List<Map.Entry<String, Entry>> byAge = new ArrayList<>(entries.entrySet());
			byAge.sort(Comparator.comparingLong(m -> m.getValue().lastUsed));
			for (Map.Entry<String, Entry> m : byAge) {
				if (total.get() <= maxBytes) {
					break;
				}
				Entry e = m.getValue();
				if (m.getKey().equals(keep) || now - e.lastUsed < minIdleNanos) {
					continue;
				}
				if (entries.remove(m.getKey(), e)) {
					total.addAndGet(-e.size);
					deleteQuietly(e.path);
					evictions.incrementAndGet();
				}
			}
			if (total.get() > maxBytes) {
				log.debug("File cache {} holds {} bytes, over its {} limit, until copies in use turn idle", dir,
						total.get(), maxBytes);
			}
		}
	}

	private Path pathOf(String key) {
		Path path = dir.resolve(StorageKeys.check(key)).normalize();
		if (!path.startsWith(dir)) {
			throw new IllegalArgumentException("Invalid storage key");
		}
		return path;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Path tmp = Files.createTempFile(to.getParent(), ".copy-", PARTIAL);
			try {
				Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
				Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				Files.delete(from);
			}
			finally {
				Files.deleteIfExists(tmp);
			}
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			log.warn("Cannot delete the cached copy {}: {}", path, e.getMessage());
		}
	}

	/** Registers the copies an earlier run left (the oldest first to go) and deletes unfinished fetches. */
	private void adoptEarlierCopies() {
		if (!Files.isDirectory(dir)) {
			return;
		}
		long now = ticker.getAsLong();
		long nowMillis = System.currentTimeMillis();
		try (Stream<Path> files = Files.walk(dir)) {
			files.filter(Files::isRegularFile).forEach(f -> {
				String name = f.getFileName().toString();
				String key = dir.relativize(f).toString().replace('\\', '/');
				try {
					if (name.endsWith(PARTIAL) || !isKey(key)) {
						Files.delete(f);
						return;
					}
					long ageMillis = Math.max(0, nowMillis - Files.getLastModifiedTime(f).toMillis());
					Entry e = new Entry(f, Files.size(f), now - minIdleNanos - 1 - ageMillis * 1_000_000L);
					entries.put(key, e);
					total.addAndGet(e.size);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("Cannot read the file cache {}: {}", dir, e.getMessage());
		}
		if (!entries.isEmpty()) {
			log.info("File cache {}: {} copies ({} bytes) kept from the last run", dir, entries.size(), total.get());
		}
		evict(null);
	}

	private static boolean isKey(String key) {
		try {
			StorageKeys.check(key);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

}
