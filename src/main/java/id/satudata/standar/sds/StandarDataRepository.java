package id.satudata.standar.sds;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import id.satudata.standar.JenisStandar;
import id.satudata.standar.StatusStandar;

interface StandarDataRepository extends JpaRepository<StandarData, Long> {

	Optional<StandarData> findFirstByKodeAndStatus(String kode, StatusStandar status);

	Optional<StandarData> findFirstByKodeOrderByVersiDesc(String kode);

	Optional<StandarData> findByKodeAndVersi(String kode, int versi);

	List<StandarData> findByKodeOrderByVersiDesc(String kode);

	List<StandarData> findByStatusOrderByJenisAscKodeAsc(StatusStandar status);

	List<StandarData> findByStatusAndJenisOrderByKodeAsc(StatusStandar status, JenisStandar jenis);

	List<StandarData> findByStatusOrderByJenisAscKodeAsc(StatusStandar status, Pageable page);

	List<StandarData> findByStatusAndJenisOrderByKodeAsc(StatusStandar status, JenisStandar jenis, Pageable page);

	boolean existsByKode(String kode);

	boolean existsByJenisAndNamaNormalAndStatus(JenisStandar jenis, String namaNormal, StatusStandar status);

	boolean existsByJenisAndNamaNormalAndStatusAndKodeNot(JenisStandar jenis, String namaNormal, StatusStandar status,
			String kode);

	/** The variables in force whose Konsep is {@code kode} or whose values come from the Klasifikasi {@code kode}. */
	@Query("""
			select s from StandarData s where s.status = :status and s.jenis = id.satudata.standar.JenisStandar.VARIABEL
			and (s.isi.konsepKode = :kode or (s.isi.jenisValueDomain = id.satudata.standar.JenisValueDomain.KLASIFIKASI
			and s.isi.valueDomain = :kode)) order by s.kode""")
	List<StandarData> variabelDari(@Param("kode") String kode, @Param("status") StatusStandar status);

	@Query("select s.kode from StandarData s where s.kode like :awalan")
	List<String> kodeBerawalan(String awalan);

	@Query("select max(s.diubahPada) from StandarData s")
	Optional<java.time.Instant> terakhirDiubah();

}
