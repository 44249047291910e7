package id.satudata.katalog;

/**
 * What may be told of a TERBATAS dataset to someone who may not read it, so that they can ask the
 * PPID for it: its title, producer and description, never its data, periods, columns or
 * attachments.
 *
 * @param dapatDimohon whether the Walidata lists the stub publicly (a dataset page and the PPID's
 *        list show only listed stubs)
 */
public record StubDataset(long id, String slug, String judul, String deskripsi, long organisasiId,
		long produsenUnitId, String produsenNama, boolean dapatDimohon) {
}
