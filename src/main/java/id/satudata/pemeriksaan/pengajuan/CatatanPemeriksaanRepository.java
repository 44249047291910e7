package id.satudata.pemeriksaan.pengajuan;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CatatanPemeriksaanRepository extends Repository<CatatanPemeriksaan, Long> {

	CatatanPemeriksaan save(CatatanPemeriksaan c);

	List<CatatanPemeriksaan> findByPengajuanIdOrderByWaktuAscIdAsc(long pengajuanId);

}
