/**
 * Pemeriksaan: the review of a submission before it is published (DESIGN.md, Pemeriksaan). The
 * explicit state machine ({@link AlurPemeriksaan}) says which step may follow which, and who may
 * take it: the producer submits, the OPD's Walidata Pendukung may pre-check, the Walidata checks,
 * the Pembina Data (BPS for statistics, the geospatial Pembina for geospatial data) re-checks, the
 * Walidata publishes; every check may return the submission to its producer with a note.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pemeriksaan", allowedDependencies = { "shared", "datastore", "katalog", "notifikasi", "organisasi", "perencanaan" })
package id.satudata.pemeriksaan;
