package id.satudata.layanan.internal;

/**
 * Who asks or complains, and how to reach them (personal data: shown only to the service desk and
 * to whoever holds the ticket's tracking code).
 *
 * @param nama the name
 * @param instansi the agency or organization, if any
 * @param surel the e-mail address (updates and the tracking code go there), if any
 * @param telepon the phone or WhatsApp number, if any
 * @param penggunaId the account, when a logged-in user filed it
 */
record Pemohon(String nama, String instansi, String surel, String telepon, Long penggunaId) {
}
