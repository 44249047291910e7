package id.satudata.pemeriksaan;

/** A submission took a step of the review (published, returned, ...); for planning and monitoring. */
public record PengajuanBerubah(long pengajuanId, long datasetId, String periode, StatusPengajuan dari,
		StatusPengajuan ke, AksiPemeriksaan aksi) {
}
