/**
 * The audit trail, the module's one feature (so it stays in one package): storing every
 * {@link id.satudata.shared.audit.AuditEvent}, an object's history for other modules, and the
 * administrators' page {@code /kelola/admin/audit}.
 */
package id.satudata.audit.internal;
