package id.satudata.standar.sds;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.satudata.standar.JenisStandar;
import id.satudata.standar.StatusStandar;

interface StandarDataRepository extends JpaRepository<StandarData, Long> {

	Optional<StandarData> findFirstByKodeAndStatus(String kode, StatusStandar status);

	Optional<StandarData> findFirstByKodeOrderByVersiDesc(String kode);

	Optional<StandarData> findByKodeAndVersi(String kode, int versi);

	List<StandarData> findByKodeOrderByVersiDesc(String kode);

	List<StandarData> findByStatusOrderByJenisAscKodeAsc(StatusStandar status);

	List<StandarData> findByStatusAndJenisOrderByKodeAsc(StatusStandar status, JenisStandar jenis);

	boolean existsByKode(String kode);

	boolean existsByJenisAndNamaNormalAndStatus(JenisStandar jenis, String namaNormal, StatusStandar status);

	List<StandarData> findByStatusAndIsiKonsepKodeOrderByKodeAsc(StatusStandar status, String konsepKode);

	@Query("select s.kode from StandarData s where s.kode like :awalan")
	List<String> kodeBerawalan(String awalan);

	@Query("select max(s.diubahPada) from StandarData s")
	Optional<java.time.Instant> terakhirDiubah();

}
