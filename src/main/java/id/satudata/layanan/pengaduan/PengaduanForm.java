package id.satudata.layanan.pengaduan;

import id.satudata.layanan.tiket.FormTiket;

/**
 * The complaint form: on the portal (anyone) and in the back office (staff recording a complaint
 * that came by WhatsApp, phone, e-mail, letter, in person, social media or from SP4N-LAPOR, with
 * its reference and the time it arrived). Adds the channel and its reference to what every
 * ticket's form asks.
 */
public class PengaduanForm extends FormTiket {

	static final String[] FIELDS_PUBLIK = { "organisasiId", "perihal", "uraian", "nama", "surel", "telepon" };
	static final String[] FIELDS_STAF = { "organisasiId", "perihal", "uraian", "nama", "surel", "telepon", "kanal",
			"referensiKanal", "diterimaPada" };

	private KanalPengaduan kanal;
	private String referensiKanal;

	public KanalPengaduan getKanal() {
		return kanal;
	}

	public void setKanal(KanalPengaduan kanal) {
		this.kanal = kanal;
	}

	public String getReferensiKanal() {
		return referensiKanal;
	}

	public void setReferensiKanal(String referensiKanal) {
		this.referensiKanal = referensiKanal;
	}

}
