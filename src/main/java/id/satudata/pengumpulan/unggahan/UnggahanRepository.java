package id.satudata.pengumpulan.unggahan;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UnggahanRepository extends Repository<Unggahan, Long> {

	Unggahan save(Unggahan u);

	Optional<Unggahan> findByUuid(String uuid);

	java.util.List<Unggahan> findByNodeAndStatusIn(String node, java.util.Collection<Unggahan.Status> status);

}
