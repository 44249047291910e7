package id.satudata.standar.usulan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UsulanSdsRepository extends JpaRepository<UsulanSds, Long>, JpaSpecificationExecutor<UsulanSds> {

	List<UsulanSds> findByUnitIdInOrderByDiubahPadaDesc(Collection<Long> unitId);

	List<UsulanSds> findAllByOrderByDiubahPadaDesc();

	/**
	 * Proposals in these statuses that pass a Walidata level of one of the organizations {@code walidata}
	 * or whose Pembina level is one of {@code pembina}, longest waiting first.
	 */
	default List<UsulanSds> findWaitingAt(Collection<StatusUsulan> status, Collection<Long> walidata,
			Collection<Long> pembina) {
		if (walidata.isEmpty() && pembina.isEmpty()) {
			return List.of();
		}
		return findAll((r, q, cb) -> {
			List<Predicate> level = new ArrayList<>();
			if (!walidata.isEmpty()) {
				level.add(r.get("orgKabupatenId").in(walidata));
				level.add(r.get("orgProvinsiId").in(walidata));
				level.add(r.get("orgPusatId").in(walidata));
			}
			if (!pembina.isEmpty()) {
				level.add(r.get("orgPembinaId").in(pembina));
			}
			return cb.and(r.get("status").in(status), cb.or(level.toArray(Predicate[]::new)));
		}, Sort.by("masukPada"));
	}

}
