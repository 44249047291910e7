package id.satudata.referensi.kode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface DaftarKodeRepository extends Repository<DaftarKode, Long> {

	DaftarKode save(DaftarKode daftar);

	Optional<DaftarKode> findById(Long id);

	Optional<DaftarKode> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<DaftarKode> findAllByOrderByNamaAsc();

	List<DaftarKode> findByPublikTrueOrderByNamaAsc();

	@Query("select d.slug from DaftarKode d")
	Set<String> findAllSlug();

	@Query("select d.slug from DaftarKode d where d.pemilikOrganisasiId in :organisasi")
	Set<String> findSlugByPemilikOrganisasiIdIn(@Param("organisasi") Collection<Long> organisasi);

	long count();

}
