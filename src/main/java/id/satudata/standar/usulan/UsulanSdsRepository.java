package id.satudata.standar.usulan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UsulanSdsRepository extends JpaRepository<UsulanSds, Long> {

	List<UsulanSds> findByUnitIdInOrderByDiubahPadaDesc(Collection<Long> unitId);

	List<UsulanSds> findByStatusInOrderByMasukPadaAsc(Collection<StatusUsulan> status);

	List<UsulanSds> findAllByOrderByDiubahPadaDesc();

}
