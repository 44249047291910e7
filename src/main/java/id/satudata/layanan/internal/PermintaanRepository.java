package id.satudata.layanan.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PermintaanRepository extends Repository<Permintaan, Long> {

	Permintaan save(Permintaan p);

	Optional<Permintaan> findById(long id);

	Optional<Permintaan> findByNomor(String nomor);

	boolean existsByNomor(String nomor);

	long count();

	List<Permintaan> findByOrganisasiIdInAndStatusInOrderByDiterimaPadaAsc(Collection<Long> organisasi,
			Collection<StatusPermintaan> status);

	List<Permintaan> findByIdIn(Collection<Long> ids);

	List<Permintaan> findByPenggunaIdOrderByDiterimaPadaDesc(long penggunaId);

	List<Permintaan> findByStatusIn(Collection<StatusPermintaan> status);

	@Query("SELECT p FROM LayananPermintaan p WHERE p.organisasiId IN :org ORDER BY p.diterimaPada DESC LIMIT 500")
	List<Permintaan> terbaru(@Param("org") Collection<Long> organisasi);

	/** Requests received between dari (inclusive) and sampai (exclusive) or resolved/closed then: what a monthly report counts. */
	@Query("SELECT p FROM LayananPermintaan p WHERE p.organisasiId = :org AND ((p.diterimaPada >= :dari AND p.diterimaPada < :sampai)"
			+ " OR (p.diselesaikanPada >= :dari AND p.diselesaikanPada < :sampai))")
	List<Permintaan> periode(@Param("org") long organisasi, @Param("dari") Instant dari, @Param("sampai") Instant sampai);

}
