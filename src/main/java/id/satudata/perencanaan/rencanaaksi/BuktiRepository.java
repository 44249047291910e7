package id.satudata.perencanaan.rencanaaksi;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface BuktiRepository extends Repository<BuktiRencanaAksi, Long> {

	BuktiRencanaAksi save(BuktiRencanaAksi b);

	Optional<BuktiRencanaAksi> findByUuid(String uuid);

	List<BuktiRencanaAksi> findByRencanaAksiIdOrderByDiunggahPadaAsc(long rencanaAksiId);

	long countByRencanaAksiId(long rencanaAksiId);

	void delete(BuktiRencanaAksi b);

}
