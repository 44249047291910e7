/**
 * Notifications, the module's one feature (so it stays in one package): storing one per recipient,
 * e-mailing it after commit, the unread count in the header and the user's list
 * {@code /kelola/notifikasi}.
 */
package id.satudata.notifikasi.internal;
