package id.satudata.perencanaan;

import java.util.Optional;

/**
 * Proposals to a Daftar Data from another module (a data request from the public becoming next
 * year's proposal), and what became of them. Planning keeps only where a proposal came from (a
 * label and a link); it never reads the other module.
 */
public interface UsulanDaftarData {

	/**
	 * A proposal: a draft entry of the organization's list of {@code tahun} for a producer unit.
	 *
	 * @param asalLabel what it came from, shown on the entry (e.g. the request's number)
	 * @param asalTautan the page of that origin in the back office
	 */
	record UsulanBaru(long organisasiId, long produsenUnitId, int tahun, String judul, String deskripsi, String asalLabel,
			String asalTautan) {
	}

	/**
	 * Where a proposal stands, as its requester may see it: the list's year, the entry's title, its
	 * status, and the catalog dataset it was given once approved (null before).
	 *
	 * @param statusKey the status's message key
	 * @param disetujui approved by the Forum Satu Data: the data is planned
	 * @param ditutup rejected or cancelled: the data is not planned
	 */
	record StatusUsulan(long entriId, int tahun, String judul, String status, String statusKey, boolean disetujui,
			boolean ditutup, Long datasetId) {
	}

	/**
	 * Proposes the entry as the current user, who must be the organization's Walidata; the list of that
	 * year is opened when there is none. Refused with a field-named error when the unit is not an
	 * active producer of the organization or the title is missing; audited.
	 *
	 * @return the new entry's id
	 */
	long usulkan(UsulanBaru usulan);

	/** Where the entry stands (read for whoever asks: title, year and status only); empty when there is none. */
	Optional<StatusUsulan> status(long entriId);

}
