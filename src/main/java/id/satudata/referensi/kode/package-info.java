/**
 * Code lists and their codes, versions, CSV/XLSX import and export, name search, the shipped
 * Kemendagri region list: the back office {@code /kelola/kode-referensi/**}, the public pages
 * {@code /kode-referensi/**}, the JSON API {@code /api/v1/kode-referensi/**}, and
 * {@link id.satudata.referensi.KodeReferensiLookup} / {@link id.satudata.referensi.KodeReferensiPublikasi}
 * for other modules.
 */
package id.satudata.referensi.kode;
