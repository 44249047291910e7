/**
 * Public JSON APIs that speak other systems' languages: the CKAN Action API v3 under
 * {@code /api/3/action/} (so CKAN clients and harvesters work), later DCAT. The platform's own
 * REST endpoints under {@code /api/v1/} live in the module that owns the data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API", allowedDependencies = { "shared", "datastore", "katalog", "organisasi", "pengumpulan", "pemeriksaan", "referensi" })
package id.satudata.api;
