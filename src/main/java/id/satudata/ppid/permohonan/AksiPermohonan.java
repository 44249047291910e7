package id.satudata.ppid.permohonan;

/** The steps of a request for information ({@link AlurPermohonan}). */
public enum AksiPermohonan {
	REGISTRASI, TERUSKAN, BERI_PENDAPAT, PERPANJANG, KABULKAN, TOLAK, BATALKAN, AJUKAN_KEBERATAN, TERIMA_KEBERATAN,
	TOLAK_KEBERATAN;

	public String labelKey() {
		return "ppid.aksi." + name();
	}

}
