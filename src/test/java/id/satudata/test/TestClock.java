package id.satudata.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in browser tests: the system clock (UTC), moved forward by a test to
 * let time pass (a grant of access expiring) and put back when it is done. Everything that asks
 * the {@link Clock} bean sees the moved time; the HTTP sessions and the browser do not.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> maju = new AtomicReference<>(Duration.ZERO);

	/** Lets {@code d} pass for the application. */
	public void maju(Duration d) {
		maju.updateAndGet(x -> x.plus(d));
	}

	/** Back to the real time. */
	public void kembali() {
		maju.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), maju.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(maju.get());
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
