package id.satudata.organisasi;

/** A unit as other modules see it ({@code uuid}: its stable public id, the CKAN organization id). */
public record UnitRef(long id, long organisasiId, String nama, String singkatan, JenisUnit jenis, String email,
		boolean aktif, String uuid) {

	/** The short name if there is one, else the name. */
	public String label() {
		return singkatan == null || singkatan.isBlank() ? nama : singkatan;
	}

}
