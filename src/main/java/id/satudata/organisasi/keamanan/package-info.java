/**
 * Security: the web and API filter chains, the login page {@code /masuk}, login events (lockout,
 * audit) and the session cookie.
 */
package id.satudata.organisasi.keamanan;
