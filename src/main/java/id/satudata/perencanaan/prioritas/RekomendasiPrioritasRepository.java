package id.satudata.perencanaan.prioritas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RekomendasiPrioritasRepository extends Repository<RekomendasiPrioritas, Long> {

	RekomendasiPrioritas save(RekomendasiPrioritas r);

	Optional<RekomendasiPrioritas> findById(Long id);

	List<RekomendasiPrioritas> findByEntriIdOrderByDirekomendasikanPadaDesc(long entriId);

	List<RekomendasiPrioritas> findByEntriIdAndStatus(long entriId, StatusRekomendasiPrioritas status);

	List<RekomendasiPrioritas> findByOrganisasiIdInAndTahunOrderByDirekomendasikanPadaDesc(Collection<Long> organisasiIds,
			int tahun);

	List<RekomendasiPrioritas> findByEntriIdIn(Collection<Long> entriIds);

}
