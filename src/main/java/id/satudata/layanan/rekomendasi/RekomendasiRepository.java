package id.satudata.layanan.rekomendasi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RekomendasiRepository extends Repository<Rekomendasi, Long> {

	Rekomendasi save(Rekomendasi r);

	Optional<Rekomendasi> findById(long id);

	Optional<Rekomendasi> findByNomor(String nomor);

	boolean existsByNomorRekomendasi(String nomorRekomendasi);

	long count();

	/** Requests whose Pembina Data's limit ran out before {@code sekarang} while the Pembina Data's clock runs. */
	List<Rekomendasi> findByStatusInAndTenggatBefore(Collection<StatusRekomendasi> status, Instant sekarang);

	/** The requests of these requesting units or of these organizations, the latest changed first. */
	@Query(value = "SELECT r FROM LayananRekomendasi r WHERE r.pemohonUnitId IN :unit OR r.organisasiId IN :org"
			+ " ORDER BY r.diubahPada DESC, r.id DESC",
			countQuery = "SELECT COUNT(r) FROM LayananRekomendasi r WHERE r.pemohonUnitId IN :unit OR r.organisasiId IN :org")
	Page<Rekomendasi> untuk(@Param("unit") Collection<Long> unit, @Param("org") Collection<Long> organisasi,
			Pageable page);

	long countByStatusInAndOrganisasiIdIn(Collection<StatusRekomendasi> status, Collection<Long> organisasi);

	long countByStatusInAndOrganisasiIdInAndTenggatBefore(Collection<StatusRekomendasi> status,
			Collection<Long> organisasi, Instant sekarang);

	long countByStatusAndPemohonUnitIdIn(StatusRekomendasi status, Collection<Long> unit);

	@Query("SELECT COUNT(r) FROM LayananRekomendasi r WHERE r.organisasiId = :org AND r.nomorRekomendasi IS NOT NULL"
			+ " AND r.tanggalRekomendasi >= :dari AND r.tanggalRekomendasi < :sampai")
	long jumlahTerbit(@Param("org") long organisasi, @Param("dari") LocalDate dari, @Param("sampai") LocalDate sampai);

}
