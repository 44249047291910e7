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

	/**
	 * Deletes (CKAN's state "deleted") or restores the dataset. A deleted dataset is hidden from the
	 * public, from search and from everyone who may not see its drafts; nothing of it is removed.
	 */
	DatasetDetail ubahStatus(String slugAtauId, boolean dihapus);

	/** Removes the dataset for good, with its releases, tables, attachments and files: administrators only. */
	void musnahkan(String slugAtauId);

	/** Changes an attachment's name, description and (a link's) URL; {@code null} keeps a value. */
	LampiranView ubahLampiran(String lampiranUuid, String nama, String deskripsi, String url);

	void hapusLampiran(String lampiranUuid);

	/**
	 * Removes a release from the dataset's resources: a draft the Walidata uploaded is deleted, a
	 * published release withdrawn (releases are immutable and their data stays reproducible); a
	 * withdrawn one stays withdrawn. A producer's draft belongs to its review and is refused.
	 */
	RilisView hapusRilis(String rilisUuid);

	RilisView terbitkan(String rilisUuid);

	RilisView tarik(String rilisUuid);

	/**
	 * The dataset of an approved Daftar Data entry, on behalf of the platform: the decision is the
	 * Forum Satu Data's, applied by whoever records it (the Koordinator Forum, who is no Walidata), so
	 * this is the one change here that does not require the caller to be the organization's Walidata.
	 * With {@code datasetId} it links that dataset (of the producer's organization) to the entry and
	 * sets its priority flag to {@code metadata.dataPrioritas()} when given; without, it creates a
	 * dataset from {@code metadata} (not published: the public sees nothing until a release is) and
	 * links it. Calling it again for the same entry only updates the link and the flag. Audited.
	 *
	 * @param daftarDataId the Daftar Data entry (kept as the dataset's {@code daftarDataId})
	 * @param metadata for a new dataset: at least judul and produsen (the unit id); for a link only
	 *        {@code produsen} and {@code dataPrioritas} are read
	 */
	DatasetRingkas untukDaftarData(long daftarDataId, Long datasetId, MetadataDataset metadata);

}
