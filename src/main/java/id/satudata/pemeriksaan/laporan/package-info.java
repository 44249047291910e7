/**
 * What the checks found in a submission's uploads (paged from the stored issue table, or as an XLSX
 * with the bad cells highlighted) and how its data differs from the published release: the public
 * {@code LaporanPengajuan}.
 */
package id.satudata.pemeriksaan.laporan;
