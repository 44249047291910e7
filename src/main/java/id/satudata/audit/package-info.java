/**
 * Audit trail: every state change in the platform, who made it, when, on what. Modules publish
 * {@link id.satudata.shared.audit.AuditEvent}s through {@link id.satudata.shared.audit.Audit}; this
 * module stores them in the publishing transaction and lets administrators browse them. Its public
 * API ({@link AuditHistory}) lets a module show an object's history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package id.satudata.audit;
