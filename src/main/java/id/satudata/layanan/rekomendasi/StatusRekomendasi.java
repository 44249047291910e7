package id.satudata.layanan.rekomendasi;

/** Where a request for a recommendation of a sectoral statistical activity stands. */
enum StatusRekomendasi {

	/** Being prepared by the agency: the letter fields, the activity design, the questionnaire. */
	DRAFT,
	/** Submitted; waits for the Pembina Data (the 30-working-day limit runs). */
	DIAJUKAN,
	/** Being examined by the Pembina Data against the checklist. */
	DIPERIKSA,
	/** Returned to the agency for correction, with notes; the agency corrects and submits again. */
	DIKEMBALIKAN,
	/** Declared layak: the recommendation letter is issued with its number. Final. */
	LAYAK,
	/** Withdrawn by the agency before a decision. Final. */
	DIBATALKAN;

	/** Whether the agency may still change the file. */
	public boolean dapatDiubah() {
		return this == DRAFT || this == DIKEMBALIKAN;
	}

	/** Whether the Pembina Data's clock runs. */
	public boolean menungguPembina() {
		return this == DIAJUKAN || this == DIPERIKSA;
	}

	public String labelKey() {
		return "rekomendasi.status." + name();
	}

}
