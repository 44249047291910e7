package id.satudata.referensi;

/**
 * Names to codes: a {@link NamaKode} matcher over the codes of a Kode Referensi list that a column of
 * names may mean — for regions only those under a coverage area and at a level.
 */
public interface PencocokanNama {

	/**
	 * A matcher over the active codes of {@code daftar} under {@code cakupan} (itself included; {@code null}:
	 * the whole list) at {@code tingkat} ({@code null}: any level); an unknown list matches nothing.
	 */
	NamaKode pencocok(String daftar, String cakupan, String tingkat);

	/** The level a header or column label names in the region list ("Kecamatan" → {@code kecamatan}), or {@code null}. */
	static String tingkatWilayah(String teks) {
		String t = " " + NamaKode.lengkap(teks) + " ";
		if (t.contains(" desa ") || t.contains(" kelurahan ")) {
			return "desa_kelurahan";
		}
		if (t.contains(" kecamatan ") || t.contains(" distrik ")) {
			return "kecamatan";
		}
		if (t.contains(" kabupaten ") || t.contains(" kota ")) {
			return "kabupaten_kota";
		}
		if (t.contains(" provinsi ")) {
			return "provinsi";
		}
		return null;
	}

}
