package id.satudata.layanan.tiket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts attempts against abuse — anonymous submissions per client address, failed tracking
 * attempts per address and per ticket — in the database, so every node sees the same counts.
 * Keys are hashed (no address is stored as such) and rows are kept one day.
 */
@Component
class Percobaan {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	Percobaan(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether {@code kunci} already had {@code batas} attempts in the last {@code jendela}. */
	boolean habis(String kunci, int batas, Duration jendela) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM layanan_percobaan WHERE kunci = ? AND waktu > ?",
				Integer.class, hash(kunci), clock.instant().minus(jendela).atOffset(ZoneOffset.UTC));
		return n != null && n >= batas;
	}

	void catat(String kunci) {
		jdbc.update("INSERT INTO layanan_percobaan (kunci, waktu) VALUES (?, ?)", hash(kunci),
				clock.instant().atOffset(ZoneOffset.UTC));
	}

	/** Forgets attempts older than a day; returns how many. */
	int bersihkan(Instant sekarang) {
		return jdbc.update("DELETE FROM layanan_percobaan WHERE waktu < ?",
				sekarang.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
	}

	private static String hash(String kunci) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(("layanan:" + kunci).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 32);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
