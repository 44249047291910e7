package id.satudata.shared.jadwal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, timers, scheduled publication). Each {@code @Scheduled} method also
 * carries {@code @SchedulerLock(name = ...)}: with several nodes on one database, a job runs on
 * one node at a time (ShedLock's table {@code shedlock}, times from the database clock).
 * <p>A lock is held at least {@code satudata.jadwal.kunci-minimal} (30 s) even when the job is done in
 * milliseconds: every node's scheduler fires the same cron, and a node whose clock is a little behind
 * (or that is just slower to get there) would otherwise find the lock already released and run the
 * job a second time. A job's own {@code lockAtLeastFor} overrides it; it must stay below the job's
 * {@code lockAtMostFor} and its interval.
 * <p>{@code satudata.jadwal.aktif=false} turns every job off (tests call the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "satudata.jadwal.aktif", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "${satudata.jadwal.kunci-minimal:PT30S}")
class JadwalConfig {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
	}

}
