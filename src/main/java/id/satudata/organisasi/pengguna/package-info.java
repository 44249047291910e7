/**
 * Users, the roles they hold where, and the password policy: {@code /kelola/admin/pengguna/**}, and
 * the {@link id.satudata.organisasi.PenggunaDirectory} other modules read.
 */
package id.satudata.organisasi.pengguna;
