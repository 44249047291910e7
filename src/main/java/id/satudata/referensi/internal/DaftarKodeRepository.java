package id.satudata.referensi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DaftarKodeRepository extends Repository<DaftarKode, Long> {

	DaftarKode save(DaftarKode daftar);

	Optional<DaftarKode> findById(Long id);

	Optional<DaftarKode> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<DaftarKode> findAllByOrderByNamaAsc();

	List<DaftarKode> findByPublikTrueOrderByNamaAsc();

	long count();

}
