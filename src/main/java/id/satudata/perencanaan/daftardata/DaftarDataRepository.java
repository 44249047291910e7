package id.satudata.perencanaan.daftardata;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface DaftarDataRepository extends Repository<DaftarData, Long> {

	DaftarData save(DaftarData d);

	Optional<DaftarData> findById(Long id);

	Optional<DaftarData> findByOrganisasiIdAndTahun(long organisasiId, int tahun);

	Page<DaftarData> findByOrganisasiIdIn(Collection<Long> organisasiIds, Pageable halaman);

	Page<DaftarData> findAll(Pageable halaman);

}
