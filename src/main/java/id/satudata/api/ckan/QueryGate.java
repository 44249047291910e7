package id.satudata.api.ckan;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits how many heavy queries ({@code datastore_search_sql}, {@code datastore_search}) run at
 * once: at most {@code max-per-client} per client (its address), refused at once beyond that, and
 * at most {@code max-concurrent} overall, waited for in arrival order (a fair semaphore) for up to
 * {@code max-wait}. A refused query is a {@link Busy} (HTTP 429 with Retry-After).
 */
@Component
class QueryGate {

	/**
	 * Settings ({@code satudata.api.query-gate.*}).
	 *
	 * @param maxConcurrent heavy queries running at once overall
	 * @param maxPerClient heavy queries one client (address) may run at once
	 * @param maxWait how long a query waits for a free place before it is refused
	 */
	@ConfigurationProperties("satudata.api.query-gate")
	record Settings(Integer maxConcurrent, Integer maxPerClient, Duration maxWait) {

		Settings {
			maxConcurrent = maxConcurrent == null || maxConcurrent < 1 ? 4 : maxConcurrent;
			maxPerClient = maxPerClient == null || maxPerClient < 1 ? 2 : maxPerClient;
			maxWait = maxWait == null ? Duration.ofSeconds(5) : maxWait;
		}

	}

	/** Refused: too many queries of this client or overall. */
	static final class Busy extends RuntimeException {

		private final boolean client;
		private final long retryAfterSeconds;

		Busy(boolean client, long retryAfterSeconds) {
			super(client ? "too many queries of this client" : "too many queries");
			this.client = client;
			this.retryAfterSeconds = retryAfterSeconds;
		}

		boolean client() {
			return client;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}

	}

	private final Settings settings;
	private final Semaphore global;
	private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

	QueryGate(Settings settings) {
		this.settings = settings;
		this.global = new Semaphore(settings.maxConcurrent(), true);
	}

	<T> T run(String client, Supplier<T> query) {
		AtomicInteger mine = running.compute(client, (k, v) -> {
			AtomicInteger n = v == null ? new AtomicInteger() : v;
			n.incrementAndGet();
			return n;
		});
		try {
			if (mine.get() > settings.maxPerClient()) {
				throw new Busy(true, retryAfter());
			}
			boolean admitted;
			try {
				admitted = global.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new Busy(false, retryAfter());
			}
			if (!admitted) {
				throw new Busy(false, retryAfter());
			}
			try {
				return query.get();
			}
			finally {
				global.release();
			}
		}
		finally {
			running.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
		}
	}

	/** Heavy queries of this client running or waiting now. */
	int running(String client) {
		AtomicInteger n = running.get(client);
		return n == null ? 0 : n.get();
	}

	private long retryAfter() {
		return Math.max(1, settings.maxWait().toSeconds());
	}

}
