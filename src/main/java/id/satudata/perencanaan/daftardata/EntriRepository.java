package id.satudata.perencanaan.daftardata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.katalog.Akses;

public interface EntriRepository extends Repository<Entri, Long> {

	Entri save(Entri e);

	Optional<Entri> findById(Long id);

	List<Entri> findAllByIdIn(Collection<Long> ids);

	List<Entri> findByDaftarDataIdOrderByJudulAsc(long daftarDataId);

	List<Entri> findByStatusAndTahunAndOrganisasiIdIn(StatusEntri status, int tahun, Collection<Long> organisasiIds);

	long countByStatusAndOrganisasiIdIn(StatusEntri status, Collection<Long> organisasiIds);

	List<Entri> findByDaftarDataIdAndStatusInOrderByJudulAsc(long daftarDataId, Collection<StatusEntri> status);

	long countByDaftarDataId(long daftarDataId);

	long countByDaftarDataIdAndStatus(long daftarDataId, StatusEntri status);

	/** A list's entries by title, of a status, a producer unit and a title {@code like} (escaped with a backslash) when given. */
	@Query(value = """
			select e from Entri e where e.daftarDataId = :daftar and (:status is null or e.status = :status)
			and (:unit is null or e.produsenUnitId = :unit) and (:q is null or lower(e.judul) like :q escape '\\')
			order by e.judul, e.id""", countQuery = """
			select count(e) from Entri e where e.daftarDataId = :daftar and (:status is null or e.status = :status)
			and (:unit is null or e.produsenUnitId = :unit) and (:q is null or lower(e.judul) like :q escape '\\')""")
	Page<Entri> cari(@Param("daftar") long daftarDataId, @Param("status") StatusEntri status, @Param("unit") Long unit,
			@Param("q") String q, Pageable halaman);

	/** How many entries of each of these lists are in each status. */
	@Query("select new id.satudata.perencanaan.daftardata.JumlahEntri(e.daftarDataId, e.status, count(e)) from Entri e "
			+ "where e.daftarDataId in :ids group by e.daftarDataId, e.status")
	List<JumlahEntri> jumlahPerStatus(@Param("ids") Collection<Long> daftarDataIds);

	/** How many entries of an organization's list of a year are in each status. */
	@Query("select new id.satudata.perencanaan.daftardata.JumlahEntri(e.daftarDataId, e.status, count(e)) from Entri e "
			+ "where e.organisasiId = :organisasi and e.tahun = :tahun group by e.daftarDataId, e.status")
	List<JumlahEntri> jumlahPerStatus(@Param("organisasi") long organisasiId, @Param("tahun") int tahun);

	List<Entri> findByStatusAndTahunAndProdusenUnitId(StatusEntri status, int tahun, long produsenUnitId);

	List<Entri> findByStatusAndTahunAndPrioritasTrueAndAkses(StatusEntri status, int tahun, Akses akses);

	List<Entri> findByStatusAndTahunAndPrioritasTrueAndOrganisasiIdInOrderByJudulAsc(StatusEntri status, int tahun,
			Collection<Long> organisasiIds);

	List<Entri> findByStatusInAndTahunAndPrioritasFalseAndOrganisasiIdInOrderByJudulAsc(Collection<StatusEntri> status,
			int tahun, Collection<Long> organisasiIds);

	List<Entri> findByOrganisasiIdAndStatusInOrderByTahunDescJudulAsc(long organisasiId, Collection<StatusEntri> status);

}
