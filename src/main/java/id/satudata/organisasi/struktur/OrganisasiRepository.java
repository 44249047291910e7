package id.satudata.organisasi.struktur;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OrganisasiRepository extends Repository<Organisasi, Long> {

	Organisasi save(Organisasi organisasi);

	Optional<Organisasi> findById(Long id);

	Optional<Organisasi> findByKodeWilayah(String kodeWilayah);

	List<Organisasi> findAllByOrderByKodeWilayahAsc();

	boolean existsByKodeWilayah(String kodeWilayah);

	long count();

}
