package id.satudata.pengumpulan.aturan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AturanValidasiRepository extends Repository<AturanValidasi, Long> {

	AturanValidasi save(AturanValidasi a);

	Optional<AturanValidasi> findById(Long id);

	List<AturanValidasi> findByDatasetIdAndAktifTrueOrderByIdAsc(long datasetId);

}
