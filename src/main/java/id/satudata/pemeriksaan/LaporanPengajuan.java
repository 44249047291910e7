package id.satudata.pemeriksaan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import id.satudata.datastore.TableDiff;

/**
 * What the checks found in a submission's uploads, and how its data differs from the published
 * release, for the producer and the reviewers alike (only for those who play a part in it).
 */
public interface LaporanPengajuan {

	/** A page of the problems of upload {@code versi} ({@code aturan}, {@code tingkat}: filters, or null). */
	HalamanTemuan halaman(long pengajuanId, int versi, String aturan, String tingkat, int nomor);

	/**
	 * The upload as an XLSX with every bad cell highlighted (red: error, yellow: warning), each row's
	 * problems beside it, and a sheet listing every problem; written as a stream.
	 */
	void xlsx(long pengajuanId, int versi, OutputStream out) throws IOException;

	/**
	 * The newest upload against what the public has: the published release of the same period, or
	 * else the newest published release (rows matched on the key columns that do not name the
	 * period), or else the submission's previous upload. Empty when there is nothing to compare.
	 */
	Optional<Perbedaan> perbedaan(long pengajuanId, int samplesPerKind);

	/** A comparison and what it compared against. */
	record Perbedaan(String pembanding, String periodePembanding, TableDiff diff) {
	}

}
