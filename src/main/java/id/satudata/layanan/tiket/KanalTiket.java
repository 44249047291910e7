package id.satudata.layanan.tiket;

/** How a ticket reached the service desk (implemented by the channel enum of each kind of ticket). */
public interface KanalTiket {

	String name();

	/** The message key of its label. */
	String labelKey();

}
