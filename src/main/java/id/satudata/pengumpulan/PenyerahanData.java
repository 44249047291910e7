package id.satudata.pengumpulan;

import java.nio.file.Path;

/**
 * Handing data over from a program (the CKAN API's {@code resource_create} by a producer's token):
 * the same checks and the same review as an upload on the producer's pages, never a direct
 * publication.
 */
public interface PenyerahanData {

	/** Whether the current caller is a Produsen Data of the dataset's OPD. */
	boolean produsen(long datasetId);

	/**
	 * Checks the file as the newest version of the dataset's open submission for {@code periode}
	 * (opening one when there is none) and, when {@code ajukan} and nothing needs the producer's
	 * attention (no error, no unjustified warning), submits it to the review.
	 */
	HasilPenyerahan serahkan(long datasetId, String periode, Path berkas, String namaBerkas, String sheet,
			String catatan, boolean ajukan);

}
