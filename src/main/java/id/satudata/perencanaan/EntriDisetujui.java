package id.satudata.perencanaan;

/**
 * The Forum approved a Daftar Data entry: its producer now owes the releases of its schedule
 * ({@link JadwalRilisLookup#kewajibanUnit}).
 *
 * @param datasetId the catalog dataset created or linked for it
 */
public record EntriDisetujui(long entriId, long organisasiId, long produsenUnitId, int tahun, Long datasetId) {
}
