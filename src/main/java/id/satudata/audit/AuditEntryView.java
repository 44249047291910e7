package id.satudata.audit;

import java.time.Instant;

/** One audit record, as other modules see it. */
public record AuditEntryView(long id, Instant waktu, String pelaku, String aksi, String objekTipe, String objekId,
		String ringkasan) {
}
