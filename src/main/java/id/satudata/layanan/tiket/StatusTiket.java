package id.satudata.layanan.tiket;

/**
 * Where a ticket stands, as the ticket core needs to know it (implemented by the status enum of each
 * kind of ticket).
 */
public interface StatusTiket {

	String name();

	/** The message key of its label. */
	String labelKey();

	/** Whether it is still being handled (not resolved, closed or refused). */
	boolean terbuka();

	/** Whether it was resolved: the requester may rate it, and it counts against its due time. */
	boolean selesai();

}
