/**
 * The organization tree and its units: {@code /kelola/admin/organisasi/**} and
 * {@code /kelola/admin/unit/**}, and the {@link id.satudata.organisasi.OrganisasiDirectory} other
 * modules read.
 */
package id.satudata.organisasi.struktur;
