/**
 * The public catalog {@code /dataset/**}: search with facets, the dataset page (table, chart, JSON-LD,
 * citation), what changed between two published releases ({@code /dataset/{slug}/perubahan}), downloads
 * and attachments.
 */
package id.satudata.portal.dataset;
