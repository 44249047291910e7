package id.satudata.katalog;

import java.util.List;

import id.satudata.datastore.ColumnSpec;

/**
 * A dataset with everything its page shows: metadata, schema, and the releases the caller may see
 * (newest period first, newest version first).
 *
 * @param variabelKolom column name → code of the Standar Data Statistik variable the column follows
 * @param tautan links of the dataset itself, of no release (CKAN's URL resources given to package_create)
 */
public record DatasetDetail(DatasetRingkas ringkas, String cakupanWilayah, String satuan, String kontakNama,
		String kontakEmail, String standarData, Long daftarDataId, Long metadataStatistikId, long produsenUnitId,
		List<ColumnSpec> kolom, List<RilisView> rilis, boolean bolehKelola, java.util.Map<String, String> variabelKolom,
		List<LampiranView> tautan) {

	public DatasetDetail {
		tautan = tautan == null ? List.of() : List.copyOf(tautan);
	}

	/** A dataset without links of its own. */
	public DatasetDetail(DatasetRingkas ringkas, String cakupanWilayah, String satuan, String kontakNama,
			String kontakEmail, String standarData, Long daftarDataId, Long metadataStatistikId, long produsenUnitId,
			List<ColumnSpec> kolom, List<RilisView> rilis, boolean bolehKelola,
			java.util.Map<String, String> variabelKolom) {
		this(ringkas, cakupanWilayah, satuan, kontakNama, kontakEmail, standarData, daftarDataId, metadataStatistikId,
				produsenUnitId, kolom, rilis, bolehKelola, variabelKolom, List.of());
	}

	/** The newest published release, if any. */
	public java.util.Optional<RilisView> rilisTerkini() {
		return rilis.stream().filter(r -> r.status() == StatusRilis.TERBIT).findFirst();
	}

}
