package id.satudata.katalog;

/** The finest regional level the data is presented at. */
public enum TingkatPenyajian {
	NASIONAL, PROVINSI, KABUPATEN_KOTA, KECAMATAN, DESA_KELURAHAN, LAINNYA;

	public String labelKey() {
		return "tingkatPenyajian." + name();
	}
}
