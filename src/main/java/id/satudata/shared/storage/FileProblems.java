package id.satudata.shared.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Stored files found missing or unreadable since start (for the health check {@code berkas} and the log). */
@Component
public class FileProblems {

	private static final Logger log = LoggerFactory.getLogger(FileProblems.class);

	record Last(String key, Instant at, String reason) {
	}

	private final Clock clock;
	private final AtomicLong count = new AtomicLong();
	private final AtomicReference<Last> last = new AtomicReference<>();

	FileProblems(Clock clock) {
		this.clock = clock;
	}

	/** Records the problem and returns the exception to throw. */
	public FileUnavailableException unavailable(String key, Throwable cause) {
		count.incrementAndGet();
		last.set(new Last(key, clock.instant(), cause == null ? "missing" : cause.toString()));
		log.error("Stored file {} cannot be read ({}): restore it from the backup or the object storage", key,
				cause == null ? "missing" : cause.toString());
		return new FileUnavailableException(key, cause);
	}

	long count() {
		return count.get();
	}

	Last last() {
		return last.get();
	}

}
