package id.satudata.referensi;

import java.util.List;
import java.util.Optional;

/**
 * Looks codes up in the Kode Referensi lists. Modules use this instead of free text: a region, a
 * classification, a category is always a code of a managed list.
 */
public interface KodeReferensiLookup {

	/** The identifier of the Kemendagri region list. */
	String WILAYAH = "wilayah";

	/** A code of the list (active or retired), if it exists. */
	Optional<KodeView> kode(String daftar, String kode);

	/** The active codes directly below {@code kode}, in code order. */
	List<KodeView> anak(String daftar, String kode);

	/** The codes above {@code kode}, top first (not including it). */
	List<KodeView> leluhur(String daftar, String kode);

	/** Active codes whose name contains {@code q} or whose code starts with it. */
	List<KodeView> cari(String daftar, String q, String tingkat, int limit);

	/** Active codes at {@code tingkat} below (or equal to) {@code rootKode}, e.g. the kecamatan of a province. */
	List<KodeView> turunanPadaTingkat(String daftar, String rootKode, String tingkat);

	/** Active codes of the subtree under {@code rootKode}, itself included (e.g. every region of a province). */
	java.util.Set<String> turunan(String daftar, String rootKode);

	/** Every code in force in the list (for checking uploaded values against it). */
	java.util.Set<String> kodeBerlaku(String daftar);

	/** Whether the list exists. */
	boolean adaDaftar(String daftar);

}
