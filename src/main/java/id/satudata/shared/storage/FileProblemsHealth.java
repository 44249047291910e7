package id.satudata.shared.storage;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health {@code berkas}: {@code WARNING} for a day after a stored file was found missing or unreadable
 * (the file a user asked for answered 503), with the file's key. Not part of readiness: every node
 * reads the same store, taking one out would not help.
 */
@Component("berkas")
class FileProblemsHealth extends AbstractHealthIndicator {

	static final Status WARNING = new Status("WARNING", "Stored files missing or unreadable");
	private static final Duration REMEMBERED = Duration.ofDays(1);

	private final FileProblems problems;
	private final Clock clock;

	FileProblemsHealth(FileProblems problems, Clock clock) {
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		FileProblems.Last last = problems.last();
		builder.withDetail("tidakTerbaca", problems.count());
		if (last == null || last.at().isBefore(clock.instant().minus(REMEMBERED))) {
			builder.up();
			return;
		}
		builder.status(WARNING).withDetail("terakhir", last.key()).withDetail("waktu", last.at().toString())
			.withDetail("sebab", last.reason());
	}

}
