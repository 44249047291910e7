package id.satudata.layanan.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RiwayatLayananRepository extends Repository<RiwayatLayanan, Long> {

	RiwayatLayanan save(RiwayatLayanan r);

	List<RiwayatLayanan> findByObjekTipeAndObjekIdOrderByWaktuAscIdAsc(String objekTipe, long objekId);

	/** Steps taken from dari (inclusive) to sampai (exclusive) on objects of the organization's service desk. */
	@Query("SELECT r FROM RiwayatLayanan r WHERE r.objekTipe = :tipe AND r.waktu >= :dari AND r.waktu < :sampai"
			+ " AND r.objekId IN (SELECT p.id FROM LayananPermintaan p WHERE p.organisasiId = :org)")
	List<RiwayatLayanan> permintaanPeriode(@Param("tipe") String tipe, @Param("org") long organisasi,
			@Param("dari") Instant dari, @Param("sampai") Instant sampai);

	@Query("SELECT r FROM RiwayatLayanan r WHERE r.objekTipe = :tipe AND r.waktu >= :dari AND r.waktu < :sampai"
			+ " AND r.objekId IN (SELECT p.id FROM LayananPengaduan p WHERE p.organisasiId = :org)")
	List<RiwayatLayanan> pengaduanPeriode(@Param("tipe") String tipe, @Param("org") long organisasi,
			@Param("dari") Instant dari, @Param("sampai") Instant sampai);

}
