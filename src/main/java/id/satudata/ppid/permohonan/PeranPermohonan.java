package id.satudata.ppid.permohonan;

/**
 * The part a user plays for one request: the requester; the PPID of the request's organization;
 * the one asked for a view (the organization's Walidata, or the dataset's producing unit's Produsen
 * Data); the PPID's superior (the organization's Kepala Dinas, who answers objections).
 */
public enum PeranPermohonan {
	PEMOHON, PPID, PEMBERI_PENDAPAT, ATASAN
}
