package id.satudata.referensi.padanan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PadananRepository extends Repository<Padanan, Long> {

	Padanan save(Padanan padanan);

	Optional<Padanan> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Padanan> findAllByOrderByNamaAsc();

}
