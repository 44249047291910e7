package id.satudata.ppid.permohonan;

/** The exemption grounds of UU KIP 14/2008 Pasal 17, letters a to j. */
public enum AlasanPengecualian {
	PASAL_17_A, PASAL_17_B, PASAL_17_C, PASAL_17_D, PASAL_17_E, PASAL_17_F, PASAL_17_G, PASAL_17_H, PASAL_17_I,
	PASAL_17_J;

	public String labelKey() {
		return "ppid.pengecualian." + name();
	}

}
