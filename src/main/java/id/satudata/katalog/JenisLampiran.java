package id.satudata.katalog;

/** Non-tabular resources attached to a release. */
public enum JenisLampiran {
	PDF, GAMBAR, GEOJSON, DOKUMEN, TAUTAN, LAINNYA;

	public String labelKey() {
		return "jenisLampiran." + name();
	}
}
