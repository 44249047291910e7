package id.satudata.layanan.rekomendasi;

/**
 * The Pembina Data's examination checklist of a request for a recommendation (what BPS checks in
 * the request letter, the activity design and the questionnaire before declaring it layak).
 */
enum ButirPemeriksaan {

	/** The letter is complete and signed by an eselon-2 official of the organizing unit. */
	SURAT_PERMOHONAN,
	/** The activity does not duplicate a basic statistic of BPS or another agency's activity. */
	TIDAK_DUPLIKASI,
	/** Background and objectives are clear and within the agency's mandate. */
	TUJUAN_JELAS,
	/** Concepts and definitions of the variables follow the Standar Data Statistik. */
	KONSEP_DEFINISI,
	/** The collection method and, for a survey, the sample design fit the objectives. */
	METODOLOGI,
	/** The questionnaire is attached and asks for the variables of the design. */
	KUESIONER,
	/** The schedule from planning to dissemination is realistic. */
	JADWAL,
	/** How results are disseminated (printed, digital, microdata) is planned. */
	DISEMINASI;

	public String labelKey() {
		return "rekomendasi.butir." + name();
	}

}
