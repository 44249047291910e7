package id.satudata.standar;

/** The three kinds of Standar Data Statistik. */
public enum JenisStandar {
	KONSEP, VARIABEL, KLASIFIKASI;

	public String labelKey() {
		return "sds.jenis." + name();
	}

	/** The prefix of the codes this platform gives new standards of the kind ({@code VAR-00012}). */
	public String awalanKode() {
		return switch (this) {
			case KONSEP -> "KON";
			case VARIABEL -> "VAR";
			case KLASIFIKASI -> "KLS";
		};
	}
}
