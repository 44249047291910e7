/**
 * Push up ({@code /kelola/kirim}, {@code /kelola/admin/kirim-tujuan}): the administrator configures the
 * upper-level CKAN portal (address, API token, organization mapping); the Walidata chooses which of their
 * organization's public datasets are sent. A change to a chosen dataset writes an outbox row
 * ({@code kirim_antrean}) in its own transaction ({@code PemicuKirim}, on the catalog's audit events);
 * {@code PekerjaKirim} sends the dataset's current public state with CKAN's {@code package_show},
 * {@code package_create}, {@code package_update} and {@code package_delete} ({@code KlienCkan}), retrying
 * with exponential backoff; each dataset's status is shown on the page.
 */
package id.satudata.sinkron.kirim;
