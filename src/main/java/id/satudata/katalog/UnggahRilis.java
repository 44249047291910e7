package id.satudata.katalog;

import java.nio.file.Path;

import id.satudata.datastore.ImportOptions;

/**
 * A table uploaded as a new release.
 *
 * @param periode the period it covers (2024, 2024-T1, 2024-S1, 2024-06, 2024-06-30)
 * @param skemaDariBerkas when the dataset has no schema yet, take the one inferred from the file
 * @param terbitkan publish the release at once (otherwise it stays a draft)
 */
public record UnggahRilis(Path berkas, String namaBerkas, String periode, String catatan, ImportOptions opsi,
		boolean skemaDariBerkas, boolean terbitkan) {
}
