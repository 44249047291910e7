package id.satudata.katalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import id.satudata.datastore.QueryResult;

/**
 * Reading the catalog, always as the current caller: everything here returns only what they may
 * see (the public: TERBUKA datasets and their published releases).
 */
public interface Katalog {

	HasilPencarian cari(PencarianDataset pencarian);

	/** A search in CKAN's query language (package_search); a bad query is a {@link KueriTidakSah}. */
	HasilPencarian cari(PencarianCkan pencarian);

	/** A dataset by its uuid (its public id), slug or numeric id. */
	Optional<DatasetDetail> dataset(String slugAtauId);

	/** Details of search results, in their order (those the caller may no longer see are left out). */
	List<DatasetDetail> detail(List<DatasetRingkas> datasets);

	/**
	 * The column specs an upload of the dataset is checked against (its schema with the rules of the
	 * Standar Data variables its columns follow), if the caller may see the dataset.
	 */
	java.util.Optional<List<id.satudata.datastore.ColumnSpec>> skemaImpor(long datasetId);

	/** The datasets of these producing units that the caller may see, drafts included where allowed, by title. */
	List<DatasetRingkas> datasetProdusen(java.util.Collection<Long> unitIds);

	/** The slugs of datasets the public sees (CKAN package_list, sitemap). */
	List<String> slugPublik();

	/** Producers (CKAN organizations) with the number of datasets the caller sees. */
	List<OrganisasiKatalog> organisasi();

	/** A producer by its name, uuid (its public id) or numeric unit id. */
	Optional<OrganisasiKatalog> organisasi(String slug);

	/**
	 * The producers the caller may add datasets to (CKAN's organization_list_for_user): every one for an
	 * administrator, those of the governments where the caller is Walidata; none for anyone else.
	 */
	List<OrganisasiKatalog> organisasiKelolaan();

	/** Topics (CKAN groups) with labels and counts. */
	List<HasilPencarian.NilaiFacet> topik();

	/** A release's table, if the caller may read it. */
	Optional<TabelRilis> tabel(String rilisUuid);

	/** An attachment, if the caller may read its release. */
	Optional<LampiranView> lampiran(String uuid);

	/** The content of an attachment file the caller may read. */
	InputStream bukaLampiran(String uuid) throws IOException;

	/** User SQL over the tables the caller may read, named by release id. */
	QueryResult sql(String sql);

	Statistik statistik();

	List<RilisTerbaru> rilisTerbaru(int jumlah);

	/** The dataset a release or attachment belongs to (CKAN resource_show). */
	Optional<DatasetDetail> datasetDariSumber(String uuid);

	/**
	 * The stub of a published TERBATAS dataset whose Walidata lists it for requests to the PPID,
	 * whoever asks (title, producer, description only).
	 */
	Optional<StubDataset> stub(String slugAtauId);

	/** Every listed stub ({@link #stub}), by title. */
	List<StubDataset> stubDapatDimohon();

	/**
	 * The stub of a published TERBATAS dataset by id, listed or not: for the module that decides
	 * requests for it (whether it may still be granted, whom to ask for a view).
	 */
	Optional<StubDataset> stubTerbatas(long datasetId);

}
