/**
 * Uploads: a file checked in the background and recorded as the submission's newest version
 * ({@code /kelola/pengumpulan/pengajuan/{id}/unggah}, {@code …/pemetaan}, {@code …/nama-kode},
 * {@code …/bentuk-tabel} (wide to long or back, as the check proposed),
 * {@code /kelola/pengumpulan/unggahan/{uuid}}), the Excel template, safe file names, the hand-over from
 * a program ({@code PenyerahanData}) and the demo journey.
 */
package id.satudata.pengumpulan.unggahan;
