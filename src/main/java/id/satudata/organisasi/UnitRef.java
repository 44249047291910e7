package id.satudata.organisasi;

/** A unit as other modules see it. */
public record UnitRef(long id, long organisasiId, String nama, String singkatan, JenisUnit jenis, String email,
		boolean aktif) {

	/** The short name if there is one, else the name. */
	public String label() {
		return singkatan == null || singkatan.isBlank() ? nama : singkatan;
	}

}
