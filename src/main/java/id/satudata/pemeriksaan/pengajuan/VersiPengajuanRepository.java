package id.satudata.pemeriksaan.pengajuan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface VersiPengajuanRepository extends Repository<VersiPengajuan, Long> {

	VersiPengajuan save(VersiPengajuan v);

	Optional<VersiPengajuan> findById(Long id);

	List<VersiPengajuan> findByPengajuanIdOrderByNomorAsc(long pengajuanId);

}
