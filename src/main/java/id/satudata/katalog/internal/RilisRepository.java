package id.satudata.katalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.katalog.StatusRilis;

interface RilisRepository extends Repository<Rilis, Long> {

	Rilis save(Rilis rilis);

	Optional<Rilis> findById(Long id);

	Optional<Rilis> findByUuid(String uuid);

	List<Rilis> findByDatasetIdOrderByPeriodeDescVersiDesc(long datasetId);

	List<Rilis> findByDatasetIdInOrderByPeriodeDescVersiDesc(Collection<Long> datasetIds);

	List<Rilis> findByDatasetIdAndStatus(long datasetId, StatusRilis status);

	@Query("select coalesce(max(r.versi), 0) from Rilis r where r.datasetId = :datasetId and r.periode = :periode")
	int maxVersi(@Param("datasetId") long datasetId, @Param("periode") String periode);

	@Query("select r from Rilis r where r.status = :status order by r.diterbitkanPada desc")
	List<Rilis> newest(@Param("status") StatusRilis status, Pageable page);

	List<Rilis> findByStatus(StatusRilis status);

	@Query("select r.datasetId, count(r) from Rilis r where r.status = :status and r.datasetId in :ids group by r.datasetId")
	List<Object[]> countByStatusPerDataset(@Param("status") StatusRilis status, @Param("ids") Collection<Long> ids);

}
