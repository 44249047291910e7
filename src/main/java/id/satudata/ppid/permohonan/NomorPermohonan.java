package id.satudata.ppid.permohonan;

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
 * Numbers of requests ({@code PPID-2026-000123}, given at filing) and of the register book
 * ({@code REG-2026-000045}, given when the PPID registers), counted per year (WIB) in
 * {@code ppid_nomor}; the counter row stays locked until the numbering transaction ends, so numbers
 * are unique and without gaps on any number of nodes.
 */
@Component
class NomorPermohonan {

	static final String PERMOHONAN = "PPID";
	static final String REGISTER = "REG";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate sendiri;
	private final Clock clock;
	private final ZoneId zone;

	NomorPermohonan(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.sendiri = new TransactionTemplate(transactions);
		this.sendiri.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.zone = calendar.zone();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String berikutnya(String jenis) {
		int tahun = Year.now(clock.withZone(zone)).getValue();
		if (jdbc.update("UPDATE ppid_nomor SET terakhir = terakhir + 1 WHERE jenis = ? AND tahun = ?", jenis, tahun) == 0) {
			sendiri.executeWithoutResult(s -> {
				try {
					jdbc.update("INSERT INTO ppid_nomor (jenis, tahun, terakhir) VALUES (?, ?, 0)", jenis, tahun);
				}
				catch (DuplicateKeyException e) {
					// another node made it meanwhile
				}
			});
			jdbc.update("UPDATE ppid_nomor SET terakhir = terakhir + 1 WHERE jenis = ? AND tahun = ?", jenis, tahun);
		}
		Integer n = jdbc.queryForObject("SELECT terakhir FROM ppid_nomor WHERE jenis = ? AND tahun = ?", Integer.class,
				jenis, tahun);
		return jenis + "-" + tahun + "-" + String.format("%06d", n);
	}

}
