package id.satudata.organisasi;

/** The level of government an organization belongs to (the national portal's instance level). */
public enum TingkatOrganisasi {

	NASIONAL(null), PROVINSI("provinsi"), KABUPATEN_KOTA("kabupaten_kota");

	private final String tingkatWilayah;

	TingkatOrganisasi(String tingkatWilayah) {
		this.tingkatWilayah = tingkatWilayah;
	}

	/** The level of its region code in the Kemendagri list ({@code null} for the national level). */
	public String tingkatWilayah() {
		return tingkatWilayah;
	}

	public String labelKey() {
		return "tingkat." + name();
	}

}
