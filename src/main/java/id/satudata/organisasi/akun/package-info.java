/**
 * The signed-in user's own pages: the back-office home {@code /kelola}, the account page
 * {@code /akun} and the password change {@code /akun/password}.
 */
package id.satudata.organisasi.akun;
