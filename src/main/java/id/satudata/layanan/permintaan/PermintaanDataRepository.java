package id.satudata.layanan.permintaan;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface PermintaanDataRepository extends Repository<PermintaanData, Long> {

	PermintaanData save(PermintaanData d);

	Optional<PermintaanData> findByNomor(String nomor);

	Page<PermintaanData> findByOrganisasiIdIn(Collection<Long> organisasiId, Pageable page);

	Page<PermintaanData> findAll(Pageable page);

}
