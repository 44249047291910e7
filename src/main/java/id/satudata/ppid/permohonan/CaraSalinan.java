package id.satudata.ppid.permohonan;

/** How the requester gets the copy (Perki 1/2021, Formulir Permohonan Informasi), plus the portal for data. */
public enum CaraSalinan {
	UNDUH_PORTAL, SUREL, MENGAMBIL_LANGSUNG, KURIR, POS, FAKSIMILI;

	public String labelKey() {
		return "ppid.caraSalinan." + name();
	}

}
