package id.satudata.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The administrator's filter on the audit trail (all fields optional). */
record AuditFilter(String pelaku, String aksi, String objekTipe, String objekId, LocalDate dari, LocalDate sampai) {

	Specification<AuditEntry> toSpecification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (hasText(pelaku)) {
				where.add(cb.equal(cb.lower(root.get("pelaku")), pelaku.strip().toLowerCase(Locale.ROOT)));
			}
			if (hasText(aksi)) {
				where.add(cb.like(root.get("aksi"), escape(aksi.strip()) + "%", '\\'));
			}
			if (hasText(objekTipe)) {
				where.add(cb.equal(root.get("objekTipe"), objekTipe.strip()));
			}
			if (hasText(objekId)) {
				where.add(cb.equal(root.get("objekId"), objekId.strip()));
			}
			if (dari != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("waktu"), dari.atStartOfDay(zone).toInstant()));
			}
			if (sampai != null) {
				where.add(cb.lessThan(root.get("waktu"), sampai.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
