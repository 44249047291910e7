package id.satudata.pengumpulan.unggahan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfilImporRepository extends JpaRepository<ProfilImpor, Long> {

	Optional<ProfilImpor> findByDatasetId(long datasetId);

}
