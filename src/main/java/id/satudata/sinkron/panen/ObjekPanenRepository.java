package id.satudata.sinkron.panen;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjekPanenRepository extends JpaRepository<ObjekPanen, Long> {

	Optional<ObjekPanen> findBySumberIdAndIdAsal(long sumberId, String idAsal);

	List<ObjekPanen> findBySumberIdAndDitarikFalse(long sumberId);

}
