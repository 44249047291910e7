package id.satudata.katalog;

/**
 * A producer (OPD) as a catalog organization (CKAN's organization), with its public dataset count.
 *
 * @param slug the CKAN organization name
 * @param uuid the unit's stable public id (the CKAN organization id)
 */
public record OrganisasiKatalog(long unitId, String slug, String nama, String singkatan, long organisasiId,
		String pemerintah, long jumlahDataset, String uuid) {
}
