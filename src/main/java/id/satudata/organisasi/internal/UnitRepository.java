package id.satudata.organisasi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import id.satudata.organisasi.JenisUnit;

interface UnitRepository extends Repository<Unit, Long> {

	Unit save(Unit unit);

	Optional<Unit> findById(Long id);

	List<Unit> findByOrganisasiIdOrderByJenisAscNamaAsc(long organisasiId);

	List<Unit> findByOrganisasiIdAndJenisOrderByNamaAsc(long organisasiId, JenisUnit jenis);

	List<Unit> findByJenisOrderByNamaAsc(JenisUnit jenis);

	List<Unit> findAllByOrderByOrganisasiIdAscNamaAsc();

	boolean existsByOrganisasiIdAndNamaIgnoreCase(long organisasiId, String nama);

	long countByOrganisasiIdAndJenisAndAktifTrue(long organisasiId, JenisUnit jenis);

}
