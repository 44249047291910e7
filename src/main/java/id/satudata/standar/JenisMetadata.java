package id.satudata.standar;

/** The three metadata statistik forms of Peraturan BPS 5/2020, and the geospatial metadata of SNI 8843-1. */
public enum JenisMetadata {

	/** Metadata Statistik Kegiatan (MS-Keg): the statistical activity, blocks I–VIII. */
	MS_KEGIATAN,
	/** Metadata Statistik Indikator (MS-Ind). */
	MS_INDIKATOR,
	/** Metadata Statistik Variabel (MS-Var). */
	MS_VARIABEL,
	/** Geospatial metadata (SNI 8843-1:2019, the Indonesian profile of ISO 19115), exported as ISO 19139 XML. */
	METADATA_GEOSPASIAL;

	public String labelKey() {
		return "metadata.jenis." + name();
	}

}
