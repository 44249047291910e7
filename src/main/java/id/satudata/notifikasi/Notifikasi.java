package id.satudata.notifikasi;

import java.util.Collection;

/**
 * Sends notifications. Call it inside the transaction of the change it reports: a rolled-back
 * change sends nothing.
 */
public interface Notifikasi {

	/** Notifies every recipient once (a user reached through several addresses gets one notification). */
	void kirim(Collection<Penerima> kepada, Pemberitahuan pesan);

	/**
	 * Like {@link #kirim}, unless a notification with this key was already sent (e.g.
	 * {@code "pengingat:daftar-data:42:2026-03-31:H-3"}): scheduled reminders stay single.
	 *
	 * @return whether it was sent now
	 */
	boolean kirimSekali(String kunci, Collection<Penerima> kepada, Pemberitahuan pesan);

	/** Unread notifications of the user (the header's badge). */
	long jumlahBelumDibaca(long penggunaId);

}
