package id.satudata.perencanaan.prioritas;

/**
 * The criteria a Data Prioritas recommendation is justified against (Perpres 39/2019: data needed
 * for development planning and evaluation, set by the Forum on the Koordinator's proposal).
 */
enum KriteriaPrioritas {
	/** Measures a target or indicator of the RPJMD / RKPD. */
	RPJMD_RKPD,
	/** Supports a national development priority (RPJMN / RKP, Major Project). */
	PRIORITAS_NASIONAL,
	/** An indicator of the Sustainable Development Goals (TPB/SDGs). */
	SDGS,
	/** Needed for a minimum service standard (SPM). */
	SPM,
	/** Needed by several agencies (shared instead of collected twice). */
	LINTAS_INSTANSI,
	/** Needed for a strategic decision of the regional head. */
	KEBIJAKAN_STRATEGIS;

	public String labelKey() {
		return "kriteriaPrioritas." + name();
	}
}
