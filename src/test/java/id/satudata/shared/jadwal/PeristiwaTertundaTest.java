package id.satudata.shared.jadwal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

class PeristiwaTertundaTest {

	/** Records what the job asks of Spring Modulith's registry. */
	static class Catatan implements IncompleteEventPublications {

		final List<Duration> umur = new ArrayList<>();

		@Override
		public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
			throw new AssertionError("not by predicate");
		}

		@Override
		public void resubmitIncompletePublicationsOlderThan(Duration duration) {
			umur.add(duration);
		}

		@Override
		public void resubmitIncompletePublications(ResubmissionOptions options) {
			throw new AssertionError("not by options");
		}

	}

	@Test
	void resubmitsOnlyPublicationsOlderThanTheConfiguredAgeUnderOneLock() throws Exception {
		Catatan catatan = new Catatan();
		new PeristiwaTertunda(catatan, Duration.ofMinutes(5)).kirimUlang();
		assertThat(catatan.umur).containsExactly(Duration.ofMinutes(5));

		SchedulerLock lock = PeristiwaTertunda.class.getDeclaredMethod("kirimUlang").getAnnotation(SchedulerLock.class);
		assertThat(lock).as("one node at a time").isNotNull();
		assertThat(lock.name()).isEqualTo("peristiwa-tertunda");
	}

	@Test
	void aNegativeAgeIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PeristiwaTertunda(new Catatan(), Duration.ofMinutes(-1)))
			.withMessageContaining("peristiwa-umur-minimal");
	}

}
