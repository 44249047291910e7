package id.satudata.pemeriksaan;

/**
 * What the state machine needs to know of a submission besides its status.
 *
 * @param adaPraperiksa the producer's OPD has a Walidata Pendukung who pre-checks its data
 * @param pembina who re-checks this kind of data
 * @param adaGalat the current validation report has errors (they block submission)
 */
public record KonteksPengajuan(boolean adaPraperiksa, Pembina pembina, boolean adaGalat) {

	/** The Pembina Data who re-checks a submission, by the kind of its data. */
	public enum Pembina {
		/** Statistical data: the BPS office. */
		STATISTIK,
		/** Geospatial data: the geospatial Pembina (BIG, or the PUPR office). */
		GEOSPASIAL,
		/** Other data (e.g. financial): no second check. */
		TIDAK_ADA
	}

	public KonteksPengajuan {
		if (pembina == null) {
			throw new IllegalArgumentException("pembina");
		}
	}

}
