package id.satudata.sinkron.kirim;

import java.time.Instant;

/** A dataset chosen to be pushed up (or chosen once), with where it stands at the portal above. */
record KirimDataset(long datasetId, String judul, long organisasiId, boolean dipilih, StatusKirim status,
		String namaRemote, String idRemote, Instant terkirimPada, String alasan, int percobaan, Instant cobaLagiPada,
		Instant diubahPada, String diubahOleh) {
}
