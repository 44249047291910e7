package id.satudata.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCacheTest {

	static final String A = "tabel/00000000-0000-0000-0000-00000000000a";
	static final String B = "tabel/00000000-0000-0000-0000-00000000000b";
	static final String C = "tabel/00000000-0000-0000-0000-00000000000c";

	@TempDir
	Path dir;

	final AtomicLong now = new AtomicLong(1_000_000_000L);
	final AtomicInteger fetched = new AtomicInteger();

	FileCache cache(long maxBytes, Duration minIdle) {
		return new FileCache(dir, maxBytes, minIdle, now::get);
	}

	FileCache.Fetch bytes(int n) {
		return target -> {
			fetched.incrementAndGet();
			Files.write(target, new byte[n]);
		};
	}

	void later() {
		now.addAndGet(Duration.ofSeconds(1).toNanos());
	}

	@Test
	void theLeastRecentlyUsedCopiesGoWhenTheTotalExceedsTheLimit() throws IOException {
		FileCache cache = cache(250, Duration.ZERO);
		Path a = cache.get(A, bytes(100));
		later();
		cache.get(B, bytes(100));
		later();
		cache.get(A, bytes(100)); // A used again: B is now the least recently used
		assertThat(fetched).hasValue(2);
		later();
		cache.get(C, bytes(100));
		assertThat(cache.ifPresent(B)).isNull();
		assertThat(cache.ifPresent(A)).isEqualTo(a).exists();
		assertThat(cache.totalBytes()).isEqualTo(200);
		assertThat(cache.evictions()).isEqualTo(1);
		assertThat(files()).hasSize(2);
	}

	@Test
	void copiesUsedRecentlyAreSparedAndTheOneAskedForIsKeptEvenOverTheLimit() throws IOException {
		FileCache cache = cache(50, Duration.ofMinutes(1));
		cache.get(A, bytes(100));
		cache.get(B, bytes(100));
		assertThat(cache.count()).as("both used within a minute: kept over the limit").isEqualTo(2);
		now.addAndGet(Duration.ofMinutes(2).toNanos());
		cache.get(C, bytes(100));
		assertThat(cache.count()).as("the idle ones go, the one asked for stays").isEqualTo(1);
		assertThat(cache.ifPresent(C)).exists();
	}

	@Test
	void concurrentFirstUsesFetchOnce() throws Exception {
		FileCache cache = cache(1_000, Duration.ZERO);
		CountDownLatch release = new CountDownLatch(1);
		FileCache.Fetch slow = target -> {
			fetched.incrementAndGet();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			Files.write(target, new byte[10]);
		};
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Path>> paths = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				paths.add(pool.submit(() -> cache.get(A, slow)));
			}
			Thread.sleep(200);
			release.countDown();
			for (Future<Path> p : paths) {
				assertThat(Files.size(p.get(10, TimeUnit.SECONDS))).isEqualTo(10);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(fetched).hasValue(1);
		assertThat(cache.fetches()).isEqualTo(1);
	}

	@Test
	void aFailedFetchLeavesNothingAndTheNextUseTriesAgain() throws IOException {
		FileCache cache = cache(1_000, Duration.ZERO);
		assertThatThrownBy(() -> cache.get(A, target -> {
			Files.write(target, new byte[5]);
			throw new IOException("size differs");
		})).hasMessage("size differs");
		assertThat(cache.ifPresent(A)).isNull();
		assertThat(files()).isEmpty();
		assertThat(cache.get(A, bytes(7))).exists();
	}

	@Test
	void aCopyDeletedBehindTheCachesBackIsFetchedAgain() throws IOException {
		FileCache cache = cache(1_000, Duration.ZERO);
		Files.delete(cache.get(A, bytes(7)));
		assertThat(cache.ifPresent(A)).isNull();
		assertThat(cache.get(A, bytes(7))).exists();
		assertThat(fetched).hasValue(2);
		assertThat(cache.totalBytes()).isEqualTo(7);
	}

	@Test
	void copiesOfAnEarlierRunAreKeptAndUnfinishedFetchesDeleted() throws IOException {
		FileCache first = cache(1_000, Duration.ZERO);
		first.get(A, bytes(30));
		Files.write(dir.resolve("tabel").resolve(".fetch-123.part"), new byte[3]);
		FileCache second = cache(1_000, Duration.ZERO);
		assertThat(second.ifPresent(A)).exists();
		assertThat(second.totalBytes()).isEqualTo(30);
		assertThat(files()).hasSize(1);
		second.get(A, bytes(30));
		assertThat(fetched).hasValue(1);
	}

	@Test
	void keysAreThePlatformsOnly() {
		FileCache cache = cache(1_000, Duration.ZERO);
		assertThatThrownBy(() -> cache.get("../../etc/passwd", bytes(1))).isInstanceOf(IllegalArgumentException.class);
	}

	List<Path> files() throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).toList();
		}
	}

}
