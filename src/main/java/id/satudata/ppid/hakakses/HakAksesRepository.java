package id.satudata.ppid.hakakses;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface HakAksesRepository extends Repository<HakAkses, Long> {

	HakAkses save(HakAkses hak);

	Optional<HakAkses> findById(Long id);

	List<HakAkses> findByPermohonanIdOrderByIdAsc(long permohonanId);

	@Query("select h.datasetId from HakAkses h where h.penggunaId = :pengguna and h.dicabutPada is null"
			+ " and h.mulai <= :now and h.berakhir > :now")
	Set<Long> datasetBerlaku(@Param("pengguna") long penggunaId, @Param("now") Instant now);

}
