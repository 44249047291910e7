/**
 * Synchronisation between government levels: Satu Data is one data across levels, so a
 * kabupaten's public datasets must reach its province and the national portal. Feature
 * {@code kirim}: the Walidata chooses public datasets to push up to a configured CKAN portal (when the
 * level above cannot harvest this one), through a durable outbox with retries
 * ({@code /kelola/kirim}, {@code /kelola/admin/kirim-tujuan}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sinkron", allowedDependencies = { "shared", "katalog" })
package id.satudata.sinkron;
