package id.satudata.ppid.permohonan;

/** The identity document the requester names (a legal entity: its deed of establishment). */
public enum JenisIdentitas {
	KTP, PASPOR, SIM, AKTA_BADAN_HUKUM;

	public String labelKey() {
		return "ppid.identitas." + name();
	}

}
