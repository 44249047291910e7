/** A small table typed in a form instead of uploaded: {@code /kelola/pengumpulan/pengajuan/{id}/isian}. */
package id.satudata.pengumpulan.isian;
