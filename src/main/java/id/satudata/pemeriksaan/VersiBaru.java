package id.satudata.pemeriksaan;

import java.util.Map;

/**
 * One upload of a submission's data, checked: what was uploaded, what the checks found, and (when
 * no error stopped it) the draft release holding the table.
 *
 * @param rilisUuid the draft release, or {@code null} when errors stopped the import
 * @param berkasKey the original file in the file store (kept for the highlighted report)
 * @param temuanKey the stored issue table (datastore), or {@code null} when nothing was found
 * @param temuanDisimpan issues stored (at most the configured number; the counts are exact)
 * @param ringkasan exact issue counts per {@code rule/SEVERITY}
 * @param opsiImpor the header mapping and sheet used, as JSON (to check the same file again)
 */
public record VersiBaru(String rilisUuid, String namaBerkas, long ukuranBerkas, String formatBerkas, String berkasKey,
		String temuanKey, long temuanDisimpan, long jumlahBaris, long jumlahGalat, long jumlahPeringatan,
		Map<String, Long> ringkasan, KepatuhanSdi kepatuhan, String opsiImpor) {

	public VersiBaru {
		ringkasan = ringkasan == null ? Map.of() : Map.copyOf(ringkasan);
	}

}
