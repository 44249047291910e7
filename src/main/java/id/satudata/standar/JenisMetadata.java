package id.satudata.standar;

/** The three metadata statistik forms of Peraturan BPS 5/2020. */
public enum JenisMetadata {

	/** Metadata Statistik Kegiatan (MS-Keg): the statistical activity, blocks I–VIII. */
	MS_KEGIATAN,
	/** Metadata Statistik Indikator (MS-Ind). */
	MS_INDIKATOR,
	/** Metadata Statistik Variabel (MS-Var). */
	MS_VARIABEL;

	public String labelKey() {
		return "metadata.jenis." + name();
	}

}
