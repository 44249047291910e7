package id.satudata.sinkron.panen;

import java.nio.file.Path;
import java.util.List;

import id.satudata.sinkron.internal.TujuanDitolak;

/** How a run reads a source: its public listing (the gather), then each dataset that is new or changed. */
interface PembacaSumber {

	/** A dataset in the gather listing: its id at the source, name and modification time (change detection). */
	record Ringkas(String id, String nama, String diubah) {
	}

	/** Every public dataset of the source (of the given organizations, if any); a failure fails the run. */
	List<Ringkas> daftar(List<String> organisasi);

	/** One dataset of the listing, described in full. */
	PaketAsal paket(String id);

	/**
	 * Writes a table the source serves only through its datastore as CSV into {@code file}; only a CKAN
	 * API has one.
	 */
	default void datastore(PaketAsal.SumberTabel tabel, Path file) {
		throw new TujuanDitolak("panen.galat.urlTabel", tabel.url());
	}

}
