/**
 * Notifikasi: telling people that something waits for them — in the back office (a list and an
 * unread count in the header) and by e-mail. Modules address users, the holders of a role in an
 * organization or unit, or a bare e-mail address (a member of the public following a ticket);
 * {@link Notifikasi#kirimSekali} makes a scheduled reminder idempotent. Mail goes out after the
 * sending transaction commits, through Spring Modulith's event registry, so it survives a restart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifikasi", allowedDependencies = { "shared", "organisasi" })
package id.satudata.notifikasi;
