package id.satudata.layanan.tiket;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** What the ticket core reads and writes of every kind's table; each kind's repository extends it. */
@NoRepositoryBean
public interface TiketRepository<T extends Tiket<?, ?>> extends Repository<T, Long>, JpaSpecificationExecutor<T> {

	T save(T tiket);

	Optional<T> findById(Long id);

	Optional<T> findByNomor(String nomor);

	List<T> findByPenggunaIdOrderByDiterimaPadaDesc(long penggunaId);

	long count();

}
