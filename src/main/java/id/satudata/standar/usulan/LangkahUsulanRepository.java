package id.satudata.standar.usulan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LangkahUsulanRepository extends JpaRepository<LangkahUsulan, Long> {

	List<LangkahUsulan> findByUsulanIdOrderByDitanganiPadaAscIdAsc(long usulanId);

}
