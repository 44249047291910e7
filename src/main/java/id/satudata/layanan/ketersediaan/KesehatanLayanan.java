package id.satudata.layanan.ketersediaan;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Records the platform's own health once a minute of working time into {@code layanan_kesehatan}
 * (the application's aggregated health, which includes the database; the row can only be written
 * while the database answers), and computes the availability of a period from these samples
 * ({@link Ketersediaan}: a working minute without a sample counts as unavailable). Samples are kept
 * 400 days (removed daily).
 */
@Component
public class KesehatanLayanan {

	private static final Logger log = LoggerFactory.getLogger(KesehatanLayanan.class);

	private final JdbcTemplate jdbc;
	private final ObjectProvider<HealthEndpoint> health;
	private final WorkingCalendar calendar;
	private final Clock clock;
	private final String node;

	KesehatanLayanan(JdbcTemplate jdbc, ObjectProvider<HealthEndpoint> health, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.health = health;
		this.calendar = calendar;
		this.clock = clock;
		this.node = namaNode();
	}

	@Scheduled(cron = "${satudata.layanan.kesehatan-cron:0 * * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "layanan-kesehatan", lockAtMostFor = "PT50S", lockAtLeastFor = "PT15S")
	void sampel() {
		catat(clock.instant());
	}

	/** Records the sample of the minute of {@code sekarang} (working time only); returns whether one was written. */
	boolean catat(Instant sekarang) {
		if (!calendar.isWorkingTime(sekarang)) {
			return false;
		}
		Instant menit = sekarang.truncatedTo(ChronoUnit.MINUTES);
		long mulai = System.nanoTime();
		String status;
		try {
			HealthEndpoint h = health.getIfAvailable();
			status = h == null ? "UP" : h.health().getStatus().getCode();
		}
		catch (RuntimeException e) {
			status = "DOWN";
		}
		int latensi = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - mulai) / 1_000_000);
		return simpan(menit, status, latensi);
	}

	/** Writes one sample; a second node's sample of the same minute is ignored. */
	boolean simpan(Instant menit, String status, int latensiMs) {
		try {
			jdbc.update("INSERT INTO layanan_kesehatan (menit, status, latensi_ms, node) VALUES (?, ?, ?, ?)",
					menit.atOffset(ZoneOffset.UTC), status, latensiMs, node);
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
		catch (DataAccessException e) {
			// the database is down: this minute stays without a sample and counts as unavailable
			log.warn("Health sample of {} not recorded: {}", menit, e.getMessage());
			return false;
		}
	}

	/** Availability from dari (inclusive) to sampai (exclusive), measured from the first sample ever and up to now. */
	public Ketersediaan ketersediaan(Instant dari, Instant sampai) {
		java.time.OffsetDateTime pertama = jdbc.queryForObject("SELECT MIN(menit) FROM layanan_kesehatan",
				java.time.OffsetDateTime.class);
		if (pertama == null) {
			return new Ketersediaan(0, 0);
		}
		Instant awal = pertama.toInstant().isAfter(dari) ? pertama.toInstant() : dari;
		Instant kini = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant akhir = kini.isBefore(sampai) ? kini : sampai;
		Set<Instant> up = new HashSet<>();
		jdbc.query("SELECT menit FROM layanan_kesehatan WHERE menit >= ? AND menit < ? AND status = 'UP'",
				rs -> {
					up.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
				}, awal.atOffset(ZoneOffset.UTC), akhir.atOffset(ZoneOffset.UTC));
		return Ketersediaan.hitung(calendar, awal, akhir, up);
	}

	@Scheduled(cron = "${satudata.layanan.pembersihan-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "layanan-kesehatan-pembersihan", lockAtMostFor = "PT30M")
	void pembersihan() {
		bersihkan(clock.instant());
	}

	/** Removes the samples older than 400 days; returns how many. */
	int bersihkan(Instant sekarang) {
		return jdbc.update("DELETE FROM layanan_kesehatan WHERE menit < ?",
				sekarang.minus(400, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
	}

	private static String namaNode() {
		try {
			String n = InetAddress.getLocalHost().getHostName();
			return n.length() > 100 ? n.substring(0, 100) : n;
		}
		catch (java.io.IOException e) {
			return "node";
		}
	}

}
