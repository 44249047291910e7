/**
 * Sinkron: data moving between government levels (Satu Data is one data across levels, so a
 * kabupaten's public datasets must reach its province and the national portal).
 * <ul>
 * <li>{@code sinkron.panen}: harvest sources (an upper level pulls from a CKAN API, a DCAT catalogue or
 * another Satu Data instance, {@code /kelola/panen}); harvested datasets are kept in the catalog through
 * {@code katalog.PanenKatalog}, read-only locally.</li>
 * <li>{@code sinkron.kirim}: the Walidata chooses public datasets to push up to a configured CKAN portal
 * (when the level above cannot harvest this one), through a durable outbox with retries
 * ({@code /kelola/kirim}, {@code /kelola/admin/kirim-tujuan}).</li>
 * </ul>
 * Outbound requests go only to the registered hosts, all through {@code sinkron.internal.KlienAman}
 * (harvests directly, pushes through {@code sinkron.kirim.KlienCkan}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sinkron", allowedDependencies = { "shared", "katalog",
		"organisasi", "datastore" })
package id.satudata.sinkron;
