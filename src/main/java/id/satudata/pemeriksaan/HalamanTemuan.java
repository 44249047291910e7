package id.satudata.pemeriksaan;

import java.util.List;

/**
 * A page of the problems the checks found in one upload of a submission.
 *
 * @param total the problems matching the filter (stored ones)
 * @param nomor this page, from 0
 */
public record HalamanTemuan(List<Temuan> temuan, long total, int nomor, int jumlahHalaman) {

	/** One problem: where (row as the user sees it, 0 for the whole table; column), the value, the message. */
	public record Temuan(long baris, String kolom, String nilai, String aturan, String pesan, boolean galat) {
	}

}
