package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.Optional;

/**
 * Work of the desk with a due time that is not a ticket (the recommendation requests): its clock on
 * the back-office pages ({@link TimerController}) and its breach warnings ({@link PengingatLayanan}),
 * as the tickets' own come from the ticket core.
 */
public interface SumberTenggat {

	/** The first letter of its clocks' keys on the pages ({@code R3}). */
	char kunciTimer();

	/** The clock of the object with this id; empty when there is none (the user may not see it: refused). */
	Optional<JamLayanan.Timer> timer(long id, Instant now);

	/** Warns of what is past due at {@code sekarang}, once per due time; returns how many warnings went out now. */
	int ingatkanTerlambat(Instant sekarang);

}
