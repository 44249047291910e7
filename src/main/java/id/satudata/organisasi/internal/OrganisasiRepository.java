package id.satudata.organisasi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OrganisasiRepository extends Repository<Organisasi, Long> {

	Organisasi save(Organisasi organisasi);

	Optional<Organisasi> findById(Long id);

	Optional<Organisasi> findByKodeWilayah(String kodeWilayah);

	List<Organisasi> findAllByOrderByKodeWilayahAsc();

	boolean existsByKodeWilayah(String kodeWilayah);

	long count();

}
