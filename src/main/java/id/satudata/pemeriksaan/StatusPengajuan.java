package id.satudata.pemeriksaan;

/** Where a submission stands. Which party it waits for: {@link AlurPemeriksaan#menunggu}. */
public enum StatusPengajuan {

	/** Being prepared by its producer (not yet submitted). */
	DRAFT,
	/** Submitted; waits for the pre-check by the OPD's Walidata Pendukung. */
	DIAJUKAN,
	/** Waits for the Walidata's check against the four SDI principles. */
	DIPERIKSA_WALIDATA,
	/** Waits for the Pembina Data's re-check (BPS for statistics, the geospatial Pembina). */
	DIPERIKSA_PEMBINA,
	/** Checked; waits for the Walidata to publish it (now or at its scheduled date). */
	SIAP_TERBIT,
	/** Published: its release is public. Final. */
	TERBIT,
	/** Returned to its producer with notes; the producer fixes it and submits again. */
	DIKEMBALIKAN

}
