/**
 * Full-text search over the catalog with facets (Hibernate Search; the index mapping is on
 * {@code dataset.Dataset}), the text analysis for Lucene and Elasticsearch/OpenSearch, and what facets
 * count: producers and topics; CKAN's (Solr's) query language parsed by Lucene's query parser and
 * translated into index predicates ({@code KueriSolr}).
 */
package id.satudata.katalog.pencarian;
