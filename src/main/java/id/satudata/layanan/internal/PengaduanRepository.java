package id.satudata.layanan.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PengaduanRepository extends Repository<Pengaduan, Long> {

	Pengaduan save(Pengaduan p);

	Optional<Pengaduan> findById(long id);

	Optional<Pengaduan> findByNomor(String nomor);

	long count();

	List<Pengaduan> findByOrganisasiIdInAndStatusInOrderByTenggatAsc(Collection<Long> organisasi,
			Collection<StatusPengaduan> status);

	List<Pengaduan> findByIdIn(Collection<Long> ids);

	List<Pengaduan> findByPenggunaIdOrderByDiterimaPadaDesc(long penggunaId);

	List<Pengaduan> findByStatusIn(Collection<StatusPengaduan> status);

	@Query("SELECT p FROM LayananPengaduan p WHERE p.organisasiId IN :org ORDER BY p.diterimaPada DESC LIMIT 500")
	List<Pengaduan> terbaru(@Param("org") Collection<Long> organisasi);

	@Query("SELECT p FROM LayananPengaduan p WHERE p.organisasiId = :org AND ((p.diterimaPada >= :dari AND p.diterimaPada < :sampai)"
			+ " OR (p.diselesaikanPada >= :dari AND p.diselesaikanPada < :sampai))")
	List<Pengaduan> periode(@Param("org") long organisasi, @Param("dari") Instant dari, @Param("sampai") Instant sampai);

}
