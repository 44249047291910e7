package id.satudata.organisasi;

import java.util.Optional;

/**
 * Looks up a Kemendagri region code, so organizations can be keyed by it. Provided by the module
 * that keeps the region list (referensi), which depends on this one, not the other way round.
 */
public interface WilayahResolver {

	/**
	 * @param kode a region code such as {@code 19.71}
	 * @return its name and level ({@code provinsi}, {@code kabupaten_kota}, ...), if the code exists
	 */
	Optional<Wilayah> wilayah(String kode);

	/** A region: code, name and level in the Kemendagri list. */
	record Wilayah(String kode, String nama, String tingkat) {
	}

}
