package id.satudata.datastore;

/** An error blocks an import or a submission; a warning needs a justification. */
public enum Severity {
	GALAT, PERINGATAN
}
