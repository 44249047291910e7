package id.satudata.perencanaan.rencanaaksi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface RencanaAksiRepository extends Repository<RencanaAksi, Long> {

	RencanaAksi save(RencanaAksi r);

	Optional<RencanaAksi> findById(Long id);

	List<RencanaAksi> findByOrganisasiIdInAndTahunOrderByTenggatAsc(Collection<Long> organisasiIds, int tahun);

	List<RencanaAksi> findByUnitIdInAndTahunOrderByTenggatAsc(Collection<Long> unitIds, int tahun);

	List<RencanaAksi> findByStatusIn(Collection<StatusRencanaAksi> status);

	long countByOrganisasiId(long organisasiId);

}
