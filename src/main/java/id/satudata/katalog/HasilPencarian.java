package id.satudata.katalog;

import java.util.List;
import java.util.Map;

/** A page of search results with facet counts (over what the caller may see only). */
public record HasilPencarian(long total, List<DatasetRingkas> hasil, Map<String, List<NilaiFacet>> facet) {

	/** One value of a facet: its value, a label to show, and how many results have it. */
	public record NilaiFacet(String nilai, String label, long jumlah) {
	}

}
