package id.satudata.organisasi.pengguna;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TokenSurelRepository extends JpaRepository<TokenSurel, Long> {

	Optional<TokenSurel> findByTokenHash(String tokenHash);

	/** Ends the user's other open links of this kind (a reset makes earlier reset links useless). */
	@Modifying
	@Query("UPDATE TokenSurel t SET t.dipakaiPada = :now WHERE t.penggunaId = :penggunaId AND t.jenis = :jenis "
			+ "AND t.dipakaiPada IS NULL")
	int tutupSemua(@Param("penggunaId") long penggunaId, @Param("jenis") TokenSurel.Jenis jenis,
			@Param("now") Instant now);

}
