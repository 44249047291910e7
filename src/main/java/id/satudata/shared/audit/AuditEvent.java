package id.satudata.shared.audit;

import java.time.Instant;

/**
 * One state change, to be written to the audit trail in the same transaction as the change. Any
 * module publishes it (through {@link Audit}); the audit module stores it.
 *
 * @param waktu when it happened (UTC)
 * @param pelaku who did it (username, or {@code publik}/{@code sistem})
 * @param aksi what happened, as a dotted code (e.g. {@code pengguna.dibuat})
 * @param objekTipe the kind of object changed (e.g. {@code Pengguna})
 * @param objekId the object's identifier
 * @param ringkasan a short human summary of the change (no passwords, minimal personal data)
 * @param alamatIp the client address as seen by the server (never taken from X-Forwarded-For unless
 *        a trusted proxy is configured)
 */
public record AuditEvent(Instant waktu, String pelaku, String aksi, String objekTipe, String objekId,
		String ringkasan, String alamatIp) {
}
