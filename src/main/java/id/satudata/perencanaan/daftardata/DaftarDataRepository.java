package id.satudata.perencanaan.daftardata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface DaftarDataRepository extends Repository<DaftarData, Long> {

	DaftarData save(DaftarData d);

	Optional<DaftarData> findById(Long id);

	Optional<DaftarData> findByOrganisasiIdAndTahun(long organisasiId, int tahun);

	List<DaftarData> findByOrganisasiIdInOrderByTahunDescOrganisasiIdAsc(Collection<Long> organisasiIds);

	List<DaftarData> findAllByOrderByTahunDescOrganisasiIdAsc();

}
