package id.satudata.katalog;

import java.util.List;

/**
 * A catalog search in CKAN's (Solr's) query language, as {@code package_search} receives it: {@code q}
 * and each {@code fq} are parsed by Lucene's classic query parser and translated into predicates of the
 * catalog index (docs/api.md lists the fields). What the caller may see is always applied on top: a
 * query narrows, never widens.
 *
 * @param q the main query ({@code null} or {@code *:*}: everything)
 * @param fq filter queries, each ANDed
 * @param urut CKAN's sort ({@code "metadata_modified desc, name asc"}); {@code null}: relevance for a
 *        query, else the most recently modified first
 * @param offset results to skip
 * @param limit results to return
 * @param facet catalog facets to count ({@link PencarianDataset.Facet})
 * @param termasukPrivat also what is not public but the caller may see (CKAN's include_private)
 */
public record PencarianCkan(String q, List<String> fq, String urut, int offset, int limit, List<String> facet,
		boolean termasukPrivat) {

	public PencarianCkan {
		fq = fq == null ? List.of() : List.copyOf(fq);
		facet = facet == null ? List.of() : List.copyOf(facet);
	}

}
