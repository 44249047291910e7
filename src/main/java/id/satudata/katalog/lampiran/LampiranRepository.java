package id.satudata.katalog.lampiran;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface LampiranRepository extends Repository<Lampiran, Long> {

	Lampiran save(Lampiran lampiran);

	Optional<Lampiran> findByUuid(String uuid);

	List<Lampiran> findByRilisIdInOrderByDibuatPadaAsc(Collection<Long> rilisIds);

	/** The links of the datasets themselves (those of no release). */
	List<Lampiran> findByDatasetIdInOrderByDibuatPadaAsc(Collection<Long> datasetIds);

	void delete(Lampiran lampiran);

}
