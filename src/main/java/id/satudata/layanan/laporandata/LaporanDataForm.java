package id.satudata.layanan.laporandata;

import id.satudata.layanan.tiket.FormTiket;

/** The report form on a dataset's own page: what is wrong, the description, and the reporter. */
public class LaporanDataForm extends FormTiket {

	static final String[] FIELDS = { "masalah", "uraian", "nama", "surel", "telepon" };

	private MasalahData masalah;

	public MasalahData getMasalah() {
		return masalah;
	}

	public void setMasalah(MasalahData masalah) {
		this.masalah = masalah;
	}

}
