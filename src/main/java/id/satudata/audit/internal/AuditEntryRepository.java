package id.satudata.audit.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAll(Specification<AuditEntry> spec, Pageable pageable);

	List<AuditEntry> findTop200ByObjekTipeAndObjekIdOrderByWaktuDescIdDesc(String objekTipe, String objekId);

	long count();

}
