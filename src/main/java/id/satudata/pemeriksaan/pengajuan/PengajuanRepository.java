package id.satudata.pemeriksaan.pengajuan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.pemeriksaan.StatusPengajuan;

interface PengajuanRepository extends Repository<Pengajuan, Long> {

	Pengajuan save(Pengajuan p);

	Pengajuan saveAndFlush(Pengajuan p);

	Optional<Pengajuan> findById(Long id);

	Optional<Pengajuan> findByKunciTerbuka(String kunci);

	Optional<Pengajuan> findFirstByRilisUuid(String rilisUuid);

	List<Pengajuan> findByProdusenUnitIdInOrderByDiubahPadaDesc(Collection<Long> unitIds);

	List<Pengajuan> findByDatasetIdOrderByDibuatPadaDesc(long datasetId);

	List<Pengajuan> findByDatasetIdIn(Collection<Long> datasetIds);

	List<Pengajuan> findByStatusInAndOrganisasiIdIn(Collection<StatusPengajuan> status, Collection<Long> organisasiIds);

	@Query("select p from Pengajuan p where p.status = :status and p.jadwalTerbit is not null and p.jadwalTerbit <= :hari")
	List<Pengajuan> terjadwal(@Param("status") StatusPengajuan status, @Param("hari") LocalDate hari);

}
