package id.satudata.perencanaan;

import java.util.Collection;
import java.util.Map;

/**
 * SPI: how the collection of scheduled releases stands, for the monitoring dashboard, the Data
 * Prioritas status and the release calendar. The collection module ({@code pengumpulan}) implements
 * it as a Spring bean; perencanaan picks that bean up by type with no change on its side. While no
 * bean implements it, perencanaan measures with the catalog's releases: a release (draft or
 * published) of the dataset's period counts as collected, a published one as checked and
 * published, and the compliance score is computed from the dataset's catalog metadata.
 */
public interface ProgresPengumpulan {

	/**
	 * The progress of each (dataset, period) asked about. A key absent from the answer means nothing
	 * was collected for it yet. Called with many keys at once (a dashboard): answer in a few queries.
	 */
	Map<KunciRilis, ProgresRilis> progres(Collection<KunciRilis> rilis);

}
