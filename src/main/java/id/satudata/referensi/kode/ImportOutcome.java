package id.satudata.referensi.kode;

import java.util.List;

import id.satudata.shared.tabular.ReadSummary;

/**
 * What an import did: nothing, with every error found; or the changes it applied as a new version.
 */
public record ImportOutcome(boolean applied, List<ImportError> errors, long errorCount, long rows, int versi, int tambah,
		int ubah, int pensiun, ReadSummary summary) {

	static ImportOutcome rejected(KodeImporter.Result result) {
		return new ImportOutcome(false, result.errors(), result.errorCount(), result.rows().size(), 0, 0, 0, 0,
				result.summary());
	}

	boolean unchanged() {
		return applied && tambah == 0 && ubah == 0 && pensiun == 0;
	}

}
