package id.satudata.layanan.laporandata;

/** What is wrong with a dataset, as its reporter sees it. */
public enum MasalahData {

	NILAI_SALAH, BERKAS_RUSAK, METADATA_TIDAK_JELAS, LAINNYA;

	public String labelKey() {
		return "layanan.masalahData." + name();
	}

}
