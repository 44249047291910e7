/**
 * Crosswalks between two code lists: the back office {@code /kelola/padanan/**} and the public page
 * {@code /kode-referensi/padanan/*}.
 */
package id.satudata.referensi.padanan;
