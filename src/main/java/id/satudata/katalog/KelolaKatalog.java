package id.satudata.katalog;

/**
 * Changing the catalog as the current caller (the CKAN API's write actions). Every method checks
 * that the caller is the Walidata of the dataset's organization (or an administrator), validates
 * everything before it changes anything, and is audited.
 */
public interface KelolaKatalog {

	DatasetDetail buat(MetadataDataset metadata);

	/** Changes the given fields only ({@code null} keeps a value). */
	DatasetDetail ubah(String slugAtauId, MetadataDataset perubahan);

	HasilUnggahan unggahRilis(String slugAtauId, UnggahRilis unggah);

	LampiranView lampirkan(String slugAtauId, LampiranBaru lampiran);

	/**
	 * Keeps an imported, checked table as a new draft release (a producer's submission). Allowed to
	 * the dataset's Produsen Data and Walidata; it never publishes.
	 */
	RilisView rilisDraf(long datasetId, DrafRilis draf);

	RilisView terbitkan(String rilisUuid);

	RilisView tarik(String rilisUuid);

}
