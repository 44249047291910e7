package id.satudata.katalog;

import id.satudata.datastore.TableRef;

/** A release's table the caller may read, for the datastore API. */
public record TabelRilis(DatasetRingkas dataset, RilisView rilis, TableRef tabel) {
}
