/**
 * Sinkron: data moving between government levels. {@code sinkron.panen}: harvest sources (an upper
 * level pulls from a CKAN API, a DCAT catalogue or another Satu Data instance); outbound requests go
 * only to the registered hosts ({@code sinkron.internal.KlienAman}). Harvested datasets are kept in
 * the catalog through {@code katalog.PanenKatalog}, read-only locally.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sinkron", allowedDependencies = { "shared", "katalog",
		"organisasi", "datastore" })
package id.satudata.sinkron;
