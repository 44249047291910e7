/**
 * Katalog: datasets with their SDI metadata, schemas and releases (one period and version each,
 * immutable once created, public only when published), attachments, the access rules (TERBUKA,
 * TERBATAS, TERTUTUP, unpublished) and full-text search with facets. The single place that decides
 * who may see a dataset: the portal and the APIs ask {@link Katalog}, never the datastore directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Katalog", allowedDependencies = { "shared", "datastore", "organisasi", "referensi" })
package id.satudata.katalog;
