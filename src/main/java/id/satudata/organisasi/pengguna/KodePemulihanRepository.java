package id.satudata.organisasi.pengguna;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KodePemulihanRepository extends JpaRepository<KodePemulihan, Long> {

	Optional<KodePemulihan> findByPenggunaIdAndKodeHashAndDipakaiPadaIsNull(long penggunaId, String kodeHash);

	long countByPenggunaIdAndDipakaiPadaIsNull(long penggunaId);

	@Modifying
	@Query("DELETE FROM KodePemulihan k WHERE k.penggunaId = :penggunaId")
	void hapusMilik(@Param("penggunaId") long penggunaId);

}
