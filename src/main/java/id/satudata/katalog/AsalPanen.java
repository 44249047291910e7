package id.satudata.katalog;

/**
 * Where a harvested dataset comes from.
 *
 * @param sumberId the harvest source (module sinkron)
 * @param sumberNama its name, shown with the dataset
 * @param idAsal the dataset's id at the source
 * @param tautan the dataset's page at the source (the link back)
 */
public record AsalPanen(long sumberId, String sumberNama, String idAsal, String tautan) {
}
