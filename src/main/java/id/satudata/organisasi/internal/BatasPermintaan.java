package id.satudata.organisasi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts requests per key (a client address, an e-mail address) in fixed one-hour windows, in
 * memory (each node counts for itself; forgotten at restart), for the public account pages:
 * password reset and registration.
 */
@Component
public class BatasPermintaan {

	static final Duration JENDELA = Duration.ofHours(1);

	private record Jendela(Instant mulai, int jumlah) {
	}

	private final Cache<String, Jendela> counters = Caffeine.newBuilder().maximumSize(100_000)
		.expireAfterWrite(JENDELA).build();
	private final Clock clock;

	BatasPermintaan(Clock clock) {
		this.clock = clock;
	}

	/** Counts one request for the key; false once it is over {@code maks} in the current hour. */
	public boolean boleh(String kunci, int maks) {
		Instant now = clock.instant();
		Jendela j = counters.asMap().compute(kunci, (k, old) -> old == null || !old.mulai().plus(JENDELA).isAfter(now)
				? new Jendela(now, 1) : new Jendela(old.mulai(), old.jumlah() + 1));
		return j.jumlah() <= maks;
	}

}
