package id.satudata.layanan.tiket;

import id.satudata.layanan.internal.Isian;
import id.satudata.shared.web.InvalidFieldException;

/**
 * Who asks or complains, and how to reach them (personal data: shown only to the service desk and
 * to whoever holds the ticket's tracking code).
 *
 * @param nama the name
 * @param instansi the agency or organization, if any
 * @param surel the e-mail address (updates and the tracking code go there), if any
 * @param telepon the phone or WhatsApp number, if any
 * @param penggunaId the account, when a logged-in user filed it
 */
public record Pemohon(String nama, String instansi, String surel, String telepon, Long penggunaId) {

	/** The requester from form input: a name and an e-mail address or a phone number (to be answered at all). */
	static Pemohon dari(FormTiket form, Long penggunaId) {
		String n = Isian.wajib("nama", form.getNama(), 150);
		String i = Isian.opsional("instansi", form.getInstansi(), 200);
		String s = Isian.surel("surel", form.getSurel());
		String t = Isian.telepon("telepon", form.getTelepon());
		if (s == null && t == null && penggunaId == null) {
			throw new InvalidFieldException("surel", "layanan.galat.kontakWajib");
		}
		return new Pemohon(n, i, s, t, penggunaId);
	}

}
