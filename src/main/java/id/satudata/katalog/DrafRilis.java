package id.satudata.katalog;

import id.satudata.datastore.TableRef;

/**
 * A table already imported and checked (a producer's submission), to be kept as a draft release.
 *
 * @param tabel the stored table (its columns are the schema it was checked against)
 * @param periode the period it covers, as {@link PeriodeRilis} accepts it
 */
public record DrafRilis(TableRef tabel, String periode, String namaBerkas, Long ukuranBerkas, String format,
		String catatan) {
}
