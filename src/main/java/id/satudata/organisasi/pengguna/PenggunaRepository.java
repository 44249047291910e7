package id.satudata.organisasi.pengguna;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.shared.security.Peran;

public interface PenggunaRepository extends Repository<Pengguna, Long> {

	Pengguna save(Pengguna pengguna);

	Optional<Pengguna> findById(Long id);

	Optional<Pengguna> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByDemoTrueAndAktifTrue();

	List<Pengguna> findByEmailIgnoreCase(String email);

	long count();

	@Query("""
			select distinct p from Pengguna p left join p.penugasan r
			where (:q is null or lower(p.username) like :q or lower(p.namaLengkap) like :q or lower(p.email) like :q)
			  and (:peran is null or r.peran = :peran)
			  and (:organisasiId is null or r.organisasiId = :organisasiId)
			""")
	Page<Pengguna> search(@Param("q") String q, @Param("peran") Peran peran, @Param("organisasiId") Long organisasiId,
			Pageable pageable);

	@Query("""
			select distinct p from Pengguna p join p.penugasan r
			where p.aktif = true and r.peran = :peran and r.organisasiId = :organisasiId
			order by p.namaLengkap
			""")
	List<Pengguna> findActiveWithRole(@Param("peran") Peran peran, @Param("organisasiId") long organisasiId);

	@Query("""
			select distinct p from Pengguna p join p.penugasan r
			where p.aktif = true and r.peran = :peran and r.organisasiId = :organisasiId
			  and (r.unitId is null or r.unitId = :unitId)
			order by p.namaLengkap
			""")
	List<Pengguna> findActiveWithRoleForUnit(@Param("peran") Peran peran, @Param("organisasiId") long organisasiId,
			@Param("unitId") long unitId);

}
