package id.satudata.katalog;

import java.util.Optional;

/**
 * The catalog side of harvesting (module sinkron): datasets pulled from another portal, kept on the
 * platform's behalf and read-only to everyone else (every other change is refused server-side).
 * Each call is its own transaction and audited.
 */
public interface PanenKatalog {

	/** The dataset harvested from the source under that id, withdrawn ones included. */
	Optional<DatasetRingkas> dataset(long sumberId, String idAsal);

	/**
	 * Creates or updates the harvested dataset (a withdrawn one comes back). Never touches a local
	 * dataset or another source's: a name already taken is refused with
	 * {@code dataset.galat.panenBentrok} (a {@code UserFacingException}, status 409).
	 *
	 * @param metadata {@code slug} is the source's name (kept after creation), {@code produsen} the local unit id
	 */
	DatasetRingkas simpan(AsalPanen asal, MetadataDataset metadata);

	/** Withdraws the harvested dataset (hidden as CKAN's "deleted", restorable by a later harvest). */
	boolean tarik(long sumberId, String idAsal);

	/** A table of the source as a new release of the harvested dataset (see {@link KelolaKatalog#unggahRilis}). */
	HasilUnggahan unggahTabel(long sumberId, String idAsal, UnggahRilis unggah);

	/** Where the dataset (slug) comes from, if it is harvested. */
	Optional<AsalPanen> asal(String slug);

}
