/**
 * Full-text search over the catalog with facets (Hibernate Search; the index mapping is on
 * {@code dataset.Dataset}), the text analysis for Lucene and Elasticsearch/OpenSearch, and what facets
 * count: producers and topics.
 */
package id.satudata.katalog.pencarian;
