package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.satudata.shared.kalender.WorkingCalendar;

/**
 * Ticket numbers the public quotes: {@code LYN-2026-000123} (requests), {@code ADU-2026-000045}
 * (complaints), {@code REK-2026-0007} (recommendations), counted per year (WIB) in
 * {@code layanan_nomor}. The counter row is locked by the update until the creating transaction
 * ends, so numbers are unique and without gaps on any number of nodes. A number is not a secret:
 * tracking also needs the ticket's code ({@link KodeLacak}).
 */
@Component
public class NomorTiket {

	public static final String PERMINTAAN = "LYN";
	public static final String PENGADUAN = "ADU";
	public static final String REKOMENDASI = "REK";
	public static final String LAPORAN_DATA = "LDT";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate sendiri;
	private final Clock clock;
	private final ZoneId zone;

	NomorTiket(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.sendiri = new TransactionTemplate(transactions);
		this.sendiri.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** The next number of {@code jenis} this year; call inside the transaction that saves the ticket. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String berikutnya(String jenis) {
		int tahun = Year.now(clock.withZone(zone)).getValue();
		if (jdbc.update("UPDATE layanan_nomor SET terakhir = terakhir + 1 WHERE jenis = ? AND tahun = ?", jenis,
				tahun) == 0) {
			// the year's first number: create its row on its own (a failed insert would spoil this transaction on PostgreSQL)
			sendiri.executeWithoutResult(s -> {
				try {
					jdbc.update("INSERT INTO layanan_nomor (jenis, tahun, terakhir) VALUES (?, ?, 0)", jenis, tahun);
				}
				catch (DuplicateKeyException e) {
					// another node made it meanwhile
				}
			});
			jdbc.update("UPDATE layanan_nomor SET terakhir = terakhir + 1 WHERE jenis = ? AND tahun = ?", jenis, tahun);
		}
		Integer n = jdbc.queryForObject("SELECT terakhir FROM layanan_nomor WHERE jenis = ? AND tahun = ?",
				Integer.class, jenis, tahun);
		return jenis + "-" + tahun + "-" + String.format(REKOMENDASI.equals(jenis) ? "%04d" : "%06d", n);
	}

	/** The kind of ticket a number is, or null if it is not shaped like one. */
	static String jenisDari(String nomor) {
		if (nomor == null || !nomor.matches("(LYN|ADU|REK|LDT)-\\d{4}-\\d{4,9}")) {
			return null;
		}
		return nomor.substring(0, 3);
	}

}
