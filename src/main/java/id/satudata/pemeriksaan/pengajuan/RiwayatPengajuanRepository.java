package id.satudata.pemeriksaan.pengajuan;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RiwayatPengajuanRepository extends Repository<RiwayatPengajuan, Long> {

	RiwayatPengajuan save(RiwayatPengajuan r);

	List<RiwayatPengajuan> findByPengajuanIdOrderByWaktuAscIdAsc(long pengajuanId);

	List<RiwayatPengajuan> findByPengajuanIdInOrderByWaktuAscIdAsc(java.util.Collection<Long> pengajuanIds);

}
