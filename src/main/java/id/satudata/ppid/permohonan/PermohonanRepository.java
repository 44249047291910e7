package id.satudata.ppid.permohonan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PermohonanRepository extends Repository<Permohonan, Long> {

	Permohonan save(Permohonan p);

	Optional<Permohonan> findByNomor(String nomor);

	List<Permohonan> findByPemohonIdOrderByDiajukanPadaDesc(long pemohonId);

	/** The register book: requests of these organizations or about these datasets, newest first. */
	@Query("select p from Permohonan p where p.organisasiId in :org or p.datasetId in :dataset order by p.diajukanPada desc, p.id desc")
	Page<Permohonan> register(@Param("org") Collection<Long> organisasi, @Param("dataset") Collection<Long> dataset,
			Pageable page);

	/** Requests filed in [dari, sampai) of the organizations, oldest first (reports). */
	@Query("select p from Permohonan p where p.organisasiId in :org and p.diajukanPada >= :dari and p.diajukanPada < :sampai order by p.diajukanPada, p.id")
	List<Permohonan> diajukanAntara(@Param("org") Collection<Long> organisasi, @Param("dari") Instant dari,
			@Param("sampai") Instant sampai);

	/** Refused requests for datasets (the refusal standing), newest decision first: the list of excepted information. */
	@Query("select p from Permohonan p where p.datasetId is not null and p.alasanPengecualian is not null"
			+ " and p.status in :ditolak order by p.diputusPada desc")
	List<Permohonan> ditolakUntukDataset(@Param("ditolak") Collection<StatusPermohonan> ditolak);

	/** Closed requests last changed before {@code batas} whose personal data is still kept. */
	@Query("select p from Permohonan p where p.dianonimkanPada is null and p.status in :selesai and p.diubahPada < :batas")
	List<Permohonan> untukDianonimkan(@Param("selesai") Collection<StatusPermohonan> selesai,
			@Param("batas") Instant batas);

}
