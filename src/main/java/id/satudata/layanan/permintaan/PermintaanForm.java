package id.satudata.layanan.permintaan;

import id.satudata.layanan.tiket.FormTiket;

/**
 * The request form: on the portal (anyone) and in the back office (staff recording a request that
 * came by e-mail, phone, chat, letter or in person, with the channel and the time it arrived). Adds
 * the type of service and the channel to what every ticket's form asks. Only these fields are bound
 * ({@code @InitBinder}); status, holder and number are never taken from it.
 */
public class PermintaanForm extends FormTiket {

	static final String[] FIELDS_PUBLIK = { "organisasiId", "jenis", "perihal", "uraian", "nama", "instansi", "surel",
			"telepon" };
	static final String[] FIELDS_STAF = { "organisasiId", "jenis", "perihal", "uraian", "nama", "instansi", "surel",
			"telepon", "kanal", "diterimaPada" };

	private JenisLayanan jenis;
	private KanalPermintaan kanal;

	public JenisLayanan getJenis() {
		return jenis;
	}

	public void setJenis(JenisLayanan jenis) {
		this.jenis = jenis;
	}

	public KanalPermintaan getKanal() {
		return kanal;
	}

	public void setKanal(KanalPermintaan kanal) {
		this.kanal = kanal;
	}

}
