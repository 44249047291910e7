package id.satudata.ppid.permohonan;

/** The grounds of an objection, UU KIP 14/2008 Pasal 35 ayat 1, letters a to g. */
public enum AlasanKeberatan {
	PASAL_35_A, PASAL_35_B, PASAL_35_C, PASAL_35_D, PASAL_35_E, PASAL_35_F, PASAL_35_G;

	public String labelKey() {
		return "ppid.keberatan.alasan." + name();
	}

}
