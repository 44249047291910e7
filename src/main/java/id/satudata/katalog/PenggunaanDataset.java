package id.satudata.katalog;

/** A dataset in a most-used list, with its figures over the period asked for. */
public record PenggunaanDataset(long datasetId, String slug, String judul, String produsenNama,
		AngkaPenggunaan.Jumlah jumlah) {
}
