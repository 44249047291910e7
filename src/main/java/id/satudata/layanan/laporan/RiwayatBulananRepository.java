package id.satudata.layanan.laporan;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.layanan.tiket.RiwayatLayanan;

/** What the monthly report and evaluation read of the history: the steps of a month on one desk's tickets. */
interface RiwayatBulananRepository extends Repository<RiwayatLayanan, Long> {

	/** Steps on requests taken from dari (inclusive) to sampai (exclusive) on the organization's service desk. */
	@Query("SELECT r FROM RiwayatLayanan r WHERE r.objekTipe = 'PERMINTAAN' AND r.waktu >= :dari AND r.waktu < :sampai"
			+ " AND r.objekId IN (SELECT p.id FROM LayananPermintaan p WHERE p.organisasiId = :org)")
	List<RiwayatLayanan> permintaan(@Param("org") long organisasi, @Param("dari") Instant dari,
			@Param("sampai") Instant sampai);

	/** Steps on complaints, likewise. */
	@Query("SELECT r FROM RiwayatLayanan r WHERE r.objekTipe = 'PENGADUAN' AND r.waktu >= :dari AND r.waktu < :sampai"
			+ " AND r.objekId IN (SELECT a.id FROM LayananPengaduan a WHERE a.organisasiId = :org)")
	List<RiwayatLayanan> pengaduan(@Param("org") long organisasi, @Param("dari") Instant dari,
			@Param("sampai") Instant sampai);

}
