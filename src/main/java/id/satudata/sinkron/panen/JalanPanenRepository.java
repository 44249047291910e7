package id.satudata.sinkron.panen;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JalanPanenRepository extends JpaRepository<JalanPanen, Long> {

	List<JalanPanen> findTop20BySumberIdOrderByMulaiDesc(long sumberId);

	boolean existsBySumberIdAndStatus(long sumberId, StatusJalan status);

}
