package id.satudata.sinkron.panen;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SumberPanenRepository extends JpaRepository<SumberPanen, Long> {

	List<SumberPanen> findAllByOrderByNamaAsc();

	List<SumberPanen> findByOrganisasiIdInOrderByNamaAsc(Collection<Long> organisasiIds);

	List<SumberPanen> findByAktifTrue();

}
