/**
 * The public catalog {@code /dataset/**}: search with facets, the dataset page (table, chart, JSON-LD,
 * citation), downloads and attachments.
 */
package id.satudata.portal.dataset;
