package id.satudata.katalog;

import id.satudata.datastore.ImportResult;

/** The outcome of an upload: the new release, or ({@code rilis == null}) the issues that stopped it. */
public record HasilUnggahan(ImportResult impor, RilisView rilis) {

	public boolean ok() {
		return rilis != null;
	}

}
