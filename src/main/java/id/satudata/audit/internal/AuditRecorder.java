package id.satudata.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.audit.AuditEntryView;
import id.satudata.audit.AuditHistory;
import id.satudata.shared.audit.AuditEvent;

/**
 * Stores audit events synchronously, joining the publisher's transaction (or starting one for a
 * change made outside a transaction, such as a login).
 */
@Component
class AuditRecorder implements AuditHistory {

	private final AuditEntryRepository repository;

	AuditRecorder(AuditEntryRepository repository) {
		this.repository = repository;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	void on(AuditEvent event) {
		repository.save(new AuditEntry(event));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntryView> untukObjek(String objekTipe, String objekId) {
		return repository.findTop200ByObjekTipeAndObjekIdOrderByWaktuDescIdDesc(objekTipe, objekId).stream()
				.map(AuditEntry::view).toList();
	}

}
