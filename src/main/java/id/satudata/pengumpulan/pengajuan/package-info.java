/**
 * A submission on the producer's side, {@code /kelola/pengumpulan/pengajuan/{id}}: the validation
 * report, compliance, metadata and justifications, notes, submitting it to the review.
 */
package id.satudata.pengumpulan.pengajuan;
