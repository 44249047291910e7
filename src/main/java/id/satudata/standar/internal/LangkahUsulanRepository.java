package id.satudata.standar.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LangkahUsulanRepository extends JpaRepository<LangkahUsulan, Long> {

	List<LangkahUsulan> findByUsulanIdOrderByDitanganiPadaAscIdAsc(long usulanId);

}
