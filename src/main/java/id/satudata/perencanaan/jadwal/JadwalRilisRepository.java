package id.satudata.perencanaan.jadwal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import id.satudata.katalog.Akses;
import id.satudata.perencanaan.daftardata.Entri;
import id.satudata.perencanaan.daftardata.StatusEntri;

/**
 * The entries' schedules as the release calendar, the duties and the catalog's links read them.
 * Filters named {@code null} mean "any".
 */
interface JadwalRilisRepository extends Repository<Entri, Long> {

	String SARING = """
			e.status = :status and (:akses is null or e.akses = :akses)
			and j.tanggalRencana between :dari and :sampai
			and (:unit is null or e.produsenUnitId = :unit) and (:topik is null or e.topik = :topik)
			and (:prioritas is null or e.prioritas = :prioritas)""";

	List<Entri> findAllByIdIn(Collection<Long> ids);

	List<Entri> findByStatusAndProdusenUnitIdAndTahun(StatusEntri status, long produsenUnitId, int tahun);

	List<Entri> findByStatusAndProdusenUnitIdInAndTahun(StatusEntri status, Collection<Long> produsenUnitIds, int tahun);

	List<Entri> findByStatusInAndProdusenUnitIdInAndTahunOrderByJudulAsc(Collection<StatusEntri> status,
			Collection<Long> produsenUnitIds, int tahun);

	List<Entri> findByStatusAndOrganisasiIdAndTahun(StatusEntri status, long organisasiId, int tahun);

	List<Entri> findByStatusAndDatasetIdOrderByTahunDesc(StatusEntri status, long datasetId);

	List<Entri> findByStatusAndDatasetIdIn(StatusEntri status, Collection<Long> datasetIds);

	/** The entries with a release planned in [dari, sampai]. */
	@Query("select distinct e from Entri e join e.jadwal j where " + SARING)
	List<Entri> denganRilis(@Param("status") StatusEntri status, @Param("akses") Akses akses,
			@Param("dari") LocalDate dari, @Param("sampai") LocalDate sampai, @Param("unit") Long unit,
			@Param("topik") String topik, @Param("prioritas") Boolean prioritas);

	/** The releases planned in [dari, sampai], one row each, by date, title and period. */
	@Query(value = "select new id.satudata.perencanaan.jadwal.BarisRilis(e.id, j.periode, j.tanggalRencana) "
			+ "from Entri e join e.jadwal j where " + SARING + " order by j.tanggalRencana, e.judul, j.periode",
			countQuery = "select count(e) from Entri e join e.jadwal j where " + SARING)
	Page<BarisRilis> baris(@Param("status") StatusEntri status, @Param("akses") Akses akses,
			@Param("dari") LocalDate dari, @Param("sampai") LocalDate sampai, @Param("unit") Long unit,
			@Param("topik") String topik, @Param("prioritas") Boolean prioritas, Pageable halaman);

}
