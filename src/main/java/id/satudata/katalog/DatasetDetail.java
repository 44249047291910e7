package id.satudata.katalog;

import java.util.List;

import id.satudata.datastore.ColumnSpec;

/**
 * A dataset with everything its page shows: metadata, schema, and the releases the caller may see
 * (newest period first, newest version first).
 *
 * @param variabelKolom column name → code of the Standar Data Statistik variable the column follows
 */
public record DatasetDetail(DatasetRingkas ringkas, String cakupanWilayah, String satuan, String kontakNama,
		String kontakEmail, String standarData, Long daftarDataId, Long metadataStatistikId, long produsenUnitId,
		List<ColumnSpec> kolom, List<RilisView> rilis, boolean bolehKelola, java.util.Map<String, String> variabelKolom) {

	/** The newest published release, if any. */
	public java.util.Optional<RilisView> rilisTerkini() {
		return rilis.stream().filter(r -> r.status() == StatusRilis.TERBIT).findFirst();
	}

}
