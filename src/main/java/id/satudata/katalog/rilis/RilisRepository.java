package id.satudata.katalog.rilis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.dataset.Dataset;

public interface RilisRepository extends Repository<Rilis, Long> {

	Rilis save(Rilis rilis);

	void delete(Rilis rilis);

	Optional<Rilis> findById(Long id);

	Optional<Rilis> findByUuid(String uuid);

	List<Rilis> findByDatasetIdInOrderByPeriodeDescVersiDesc(Collection<Long> datasetIds);

	List<Rilis> findByDatasetIdAndStatus(long datasetId, StatusRilis status);

	boolean existsByDatasetId(long datasetId);

	/** The newest release of a dataset (of equally new ones, the latest period and version). */
	Optional<Rilis> findFirstByDatasetIdOrderByDibuatPadaDescPeriodeDescVersiDesc(long datasetId);

	@Query("select coalesce(max(r.versi), 0) from Rilis r where r.datasetId = :datasetId and r.periode = :periode")
	int maxVersi(@Param("datasetId") long datasetId, @Param("periode") String periode);

	@Query("select r.datasetId, count(r) from Rilis r where r.status = :status and r.datasetId in :ids group by r.datasetId")
	List<Object[]> countByStatusPerDataset(@Param("status") StatusRilis status, @Param("ids") Collection<Long> ids);

	long count(Specification<Rilis> spec);

	<S extends Rilis, R> R findBy(Specification<Rilis> spec,
			Function<? super JpaSpecificationExecutor.SpecificationFluentQuery<S>, R> query);

	/** The releases in {@code status} of the datasets {@code dataset} selects. */
	static Specification<Rilis> berstatus(StatusRilis status, PredicateSpecification<Dataset> dataset) {
		return (r, query, cb) -> {
			Subquery<Long> ids = query.subquery(Long.class);
			Root<Dataset> d = ids.from(Dataset.class);
			ids.select(d.get("id")).where(dataset.toPredicate(d, cb));
			return cb.and(cb.equal(r.get("status"), status), r.get("datasetId").in(ids));
		};
	}

}
