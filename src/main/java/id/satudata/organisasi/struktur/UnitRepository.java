package id.satudata.organisasi.struktur;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import id.satudata.organisasi.JenisUnit;

public interface UnitRepository extends Repository<Unit, Long> {

	Unit save(Unit unit);

	Optional<Unit> findById(Long id);

	List<Unit> findByOrganisasiIdOrderByJenisAscNamaAsc(long organisasiId);

	List<Unit> findByOrganisasiIdAndJenisOrderByNamaAsc(long organisasiId, JenisUnit jenis);

	List<Unit> findByJenisOrderByNamaAsc(JenisUnit jenis);

	List<Unit> findByAktifTrueOrderByOrganisasiIdAscNamaAsc();

	/** How many units an organization has. */
	interface JumlahUnit {

		long getOrganisasiId();

		long getJumlah();

	}

	@Query("select u.organisasiId as organisasiId, count(u) as jumlah from Unit u group by u.organisasiId")
	List<JumlahUnit> countPerOrganisasi();

	boolean existsByOrganisasiIdAndNamaIgnoreCase(long organisasiId, String nama);

	long countByOrganisasiIdAndJenisAndAktifTrue(long organisasiId, JenisUnit jenis);

}
