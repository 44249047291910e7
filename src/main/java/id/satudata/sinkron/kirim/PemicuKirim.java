package id.satudata.sinkron.kirim;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.satudata.shared.audit.AuditEvent;

/**
 * Writes the outbox row of a chosen dataset whenever the catalog changes it. Every catalog change of a
 * dataset (metadata, access, releases published or withdrawn, attachments, deletion, purge) is recorded
 * as an audit event on the object {@code Dataset}; this listener runs synchronously, inside the
 * transaction of that change, so the row is committed with the change or not at all, and survives a
 * restart. Which changes matter to the public is decided when the row is sent (the worker sends the
 * dataset's current public state, or deletes it above when the public no longer sees it).
 */
@Component
class PemicuKirim {

	private final KirimStore store;
	private final Clock clock;

	PemicuKirim(KirimStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	void padaPerubahan(AuditEvent event) {
		if (!"Dataset".equals(event.objekTipe()) || event.objekId() == null) {
			return;
		}
		long datasetId;
		try {
			datasetId = Long.parseLong(event.objekId());
		}
		catch (NumberFormatException e) {
			return;
		}
		if (store.diikuti(datasetId)) {
			store.antre(datasetId, event.aksi(), clock.instant());
		}
	}

}
