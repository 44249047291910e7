package id.satudata.notifikasi.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PesanNotifikasiRepository extends Repository<PesanNotifikasi, Long> {

	PesanNotifikasi save(PesanNotifikasi pesan);

	Optional<PesanNotifikasi> findById(Long id);

	Page<PesanNotifikasi> findByPenggunaIdOrderByDibuatPadaDescIdDesc(Long penggunaId, Pageable page);

	Page<PesanNotifikasi> findByPenggunaIdAndDibacaPadaIsNullOrderByDibuatPadaDescIdDesc(Long penggunaId,
			Pageable page);

	long countByPenggunaIdAndDibacaPadaIsNull(Long penggunaId);

	boolean existsByKunci(String kunci);

	@Modifying
	@Query("update PesanNotifikasi p set p.dibacaPada = :now where p.penggunaId = :pengguna and p.dibacaPada is null")
	int tandaiSemuaDibaca(@Param("pengguna") long penggunaId, @Param("now") Instant now);

}
