package id.satudata.shared.pdf;

/**
 * The letterhead (kop surat) of an official document.
 *
 * @param instansi the government, e.g. "Pemerintah Provinsi Kepulauan Bangka Belitung"
 * @param unit the agency, e.g. "Dinas Komunikasi dan Informatika" (optional)
 * @param alamat the address line (optional)
 */
public record Kop(String instansi, String unit, String alamat) {
}
