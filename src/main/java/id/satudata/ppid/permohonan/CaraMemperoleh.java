package id.satudata.ppid.permohonan;

/** How the requester wants to obtain the information (Perki 1/2021, Formulir Permohonan Informasi). */
public enum CaraMemperoleh {
	/** See, read, listen to, take notes. */
	MELIHAT,
	/** A copy: softcopy (for data: download and API access on the portal). */
	SALINAN_SOFTCOPY,
	/** A copy on paper. */
	SALINAN_HARDCOPY;

	public String labelKey() {
		return "ppid.caraMemperoleh." + name();
	}

}
