package id.satudata.layanan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RekomendasiRepository extends Repository<Rekomendasi, Long> {

	Rekomendasi save(Rekomendasi r);

	Optional<Rekomendasi> findById(long id);

	Optional<Rekomendasi> findByNomor(String nomor);

	boolean existsByNomorRekomendasi(String nomorRekomendasi);

	long count();

	List<Rekomendasi> findByStatusIn(Collection<StatusRekomendasi> status);

	@Query("SELECT r FROM LayananRekomendasi r WHERE r.pemohonUnitId IN :unit OR r.organisasiId IN :org"
			+ " ORDER BY r.diubahPada DESC LIMIT 500")
	List<Rekomendasi> untuk(@Param("unit") Collection<Long> unit, @Param("org") Collection<Long> organisasi);

	@Query("SELECT COUNT(r) FROM LayananRekomendasi r WHERE r.organisasiId = :org AND r.nomorRekomendasi IS NOT NULL"
			+ " AND r.tanggalRekomendasi >= :dari AND r.tanggalRekomendasi < :sampai")
	long jumlahTerbit(@Param("org") long organisasi, @Param("dari") java.time.LocalDate dari,
			@Param("sampai") java.time.LocalDate sampai);

}
