package id.satudata.sinkron.panen;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemPanenRepository extends JpaRepository<ItemPanen, Long> {

	List<ItemPanen> findByJalanIdOrderByIdAsc(long jalanId);

}
