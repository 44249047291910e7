package id.satudata.notifikasi.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface PesanNotifikasiRepository extends Repository<PesanNotifikasi, Long> {

	PesanNotifikasi save(PesanNotifikasi pesan);

	Optional<PesanNotifikasi> findById(Long id);

	Page<PesanNotifikasi> findByPenggunaIdOrderByDibuatPadaDescIdDesc(Long penggunaId, Pageable page);

	Page<PesanNotifikasi> findByPenggunaIdAndDibacaPadaIsNullOrderByDibuatPadaDescIdDesc(Long penggunaId,
			Pageable page);

	long countByPenggunaIdAndDibacaPadaIsNull(Long penggunaId);

	boolean existsByKunci(String kunci);

	@Transactional
	@Modifying
	@Query("update PesanNotifikasi p set p.surelTerkirimPada = :now, p.tautan = :tautan where p.id = :id")
	int tandaiSurelTerkirim(@Param("id") long id, @Param("now") Instant now, @Param("tautan") String tautan);

	@Modifying
	@Query("update PesanNotifikasi p set p.dibacaPada = :now where p.penggunaId = :pengguna and p.dibacaPada is null")
	int tandaiSemuaDibaca(@Param("pengguna") long penggunaId, @Param("now") Instant now);

}
