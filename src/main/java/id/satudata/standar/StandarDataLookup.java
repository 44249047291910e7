package id.satudata.standar;

import java.util.List;
import java.util.Optional;

/** Reading the SDS catalogue (public information: no login needed). */
public interface StandarDataLookup {

	/** The version in force of a standard, by code. */
	Optional<StandarView> berlaku(String kode);

	/**
	 * Standards in force whose name is like {@code q} (case, word order, measure prefixes and
	 * abbreviations ignored) or whose code starts with it, best first.
	 */
	List<StandarView> cari(String q, JenisStandar jenis, int limit);

}
