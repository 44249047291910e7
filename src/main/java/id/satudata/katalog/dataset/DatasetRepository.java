package id.satudata.katalog.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.katalog.Akses;

public interface DatasetRepository extends Repository<Dataset, Long> {

	Dataset save(Dataset dataset);

	void delete(Dataset dataset);

	Optional<Dataset> findById(Long id);

	Optional<Dataset> findBySlug(String slug);

	Optional<Dataset> findByUuid(String uuid);

	/** A dataset's id and row version (every change of what the public sees changes the version). */
	interface Versi {

		Long getId();

		Long getVersion();

	}

	@Query("select d.id as id, d.version as version from Dataset d where d.slug = :slug")
	Optional<Versi> versiBySlug(@Param("slug") String slug);

	@Query("select d.id as id, d.version as version from Dataset d where d.uuid = :uuid")
	Optional<Versi> versiByUuid(@Param("uuid") String uuid);

	@Query("select d.id as id, d.version as version from Dataset d where d.id = :id")
	Optional<Versi> versiById(@Param("id") Long id);

	/** The id and row version of the dataset a release belongs to. */
	@Query("select d.id as id, d.version as version from Rilis r join Dataset d on d.id = r.datasetId where r.uuid = :uuid")
	Optional<Versi> versiByRilisUuid(@Param("uuid") String rilisUuid);

	boolean existsBySlug(String slug);

	Optional<Dataset> findByPanenSumberIdAndPanenIdAsal(Long panenSumberId, String panenIdAsal);

	List<Dataset> findAllByIdIn(Collection<Long> ids);

	List<Dataset> findAll(Specification<Dataset> spec, Sort sort);

	Page<Dataset> findAll(Specification<Dataset> spec, Pageable page);

	long count(Specification<Dataset> spec);

	@Query("select d.slug from Dataset d where d.ditayangkan = true and d.akses = :akses order by d.slug")
	List<String> slugs(@Param("akses") Akses akses);

	long count();

}
