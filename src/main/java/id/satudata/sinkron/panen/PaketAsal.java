package id.satudata.sinkron.panen;

import java.util.List;
import java.util.Map;

/**
 * A dataset as the source describes it (CKAN's package dict, read).
 *
 * @param organisasi the source organization's name
 * @param kodeWilayah its government's Kemendagri code, if the source gives one
 * @param tautan the dataset's page at the source
 */
record PaketAsal(String id, String nama, String judul, String deskripsi, String diubah, String organisasi,
		String organisasiJudul, String kodeWilayah, List<String> kataKunci, List<String> grup, Map<String, String> extras,
		String lisensi, String kontakNama, String kontakEmail, String tautan, boolean publik, List<SumberTabel> tabel) {

	/** A resource that may be a table: its download URL, format and period. */
	record SumberTabel(String id, String nama, String url, String format, String diubah, String periode,
			boolean datastore) {

		String kunci() {
			return id + "@" + diubah;
		}

	}

}
