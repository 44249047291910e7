package id.satudata.katalog;

/** What a usage figure counts. */
public enum JenisPenggunaan {

	/** A view of the dataset's page (of a release when one is shown). */
	LIHAT,

	/** A download of a release's table (per format) or of an attachment. */
	UNDUH,

	/** A call of the CKAN API that reads the dataset or one of its releases. */
	API

}
