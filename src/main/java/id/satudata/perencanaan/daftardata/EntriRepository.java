package id.satudata.perencanaan.daftardata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface EntriRepository extends Repository<Entri, Long> {

	Entri save(Entri e);

	Optional<Entri> findById(Long id);

	List<Entri> findAllByIdIn(Collection<Long> ids);

	List<Entri> findByDaftarDataIdOrderByJudulAsc(long daftarDataId);

	List<Entri> findByStatusAndTahun(StatusEntri status, int tahun);

	List<Entri> findByStatusAndTahunAndOrganisasiIdIn(StatusEntri status, int tahun, Collection<Long> organisasiIds);

	List<Entri> findByStatusAndProdusenUnitIdAndTahun(StatusEntri status, long produsenUnitId, int tahun);

	List<Entri> findByStatusAndOrganisasiIdAndTahun(StatusEntri status, long organisasiId, int tahun);

	List<Entri> findByStatusAndDatasetIdOrderByTahunDesc(StatusEntri status, long datasetId);

	List<Entri> findByStatusAndDatasetIdIn(StatusEntri status, Collection<Long> datasetIds);

	List<Entri> findByStatusAndPrioritasTrue(StatusEntri status);

	List<Entri> findByStatus(StatusEntri status);

	List<Entri> findByStatusAndOrganisasiIdIn(StatusEntri status, Collection<Long> organisasiIds);

	long countByStatusAndOrganisasiIdAndTahun(StatusEntri status, long organisasiId, int tahun);

	long countByStatusAndOrganisasiIdIn(StatusEntri status, Collection<Long> organisasiIds);

	long countByStatusAndProdusenUnitIdIn(StatusEntri status, Collection<Long> unitIds);

	/** The approved entries with a release planned in [dari, sampai]. */
	@Query("select distinct e from Entri e join e.jadwal j where e.status = :status "
			+ "and j.tanggalRencana between :dari and :sampai")
	List<Entri> withReleasesBetween(@Param("status") StatusEntri status, @Param("dari") java.time.LocalDate dari,
			@Param("sampai") java.time.LocalDate sampai);

	List<Entri> findByDisalinDariIdIn(Collection<Long> ids);

}
