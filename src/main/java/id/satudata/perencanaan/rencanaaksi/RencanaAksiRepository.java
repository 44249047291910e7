package id.satudata.perencanaan.rencanaaksi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface RencanaAksiRepository extends Repository<RencanaAksi, Long> {

	RencanaAksi save(RencanaAksi r);

	Optional<RencanaAksi> findById(Long id);

	Page<RencanaAksi> findByOrganisasiIdInAndTahun(Collection<Long> organisasiIds, int tahun, Pageable halaman);

	long countByOrganisasiIdInAndTahunAndStatusInAndTenggatBefore(Collection<Long> organisasiIds, int tahun,
			Collection<StatusRencanaAksi> status, LocalDate tanggal);

	List<RencanaAksi> findByStatusIn(Collection<StatusRencanaAksi> status);

	long countByOrganisasiId(long organisasiId);

}
