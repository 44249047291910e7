package id.satudata.pemeriksaan;

/** What can be done to a submission. */
public enum AksiPemeriksaan {
	/** The producer submits (again, after a return); needs a validation report without errors. */
	AJUKAN,
	/** The Walidata Pendukung passes the OPD's pre-check on to the Walidata. */
	LOLOS_PRAPERIKSA,
	/** The Walidata approves: on to the Pembina Data, or ready to publish when none re-checks this kind. */
	SETUJUI_WALIDATA,
	/** The Pembina Data approves: ready to publish. */
	SETUJUI_PEMBINA,
	/** The Walidata publishes (now or at the scheduled release date). */
	TERBITKAN,
	/** Whoever checks the current step returns it to the producer; a note is required. */
	KEMBALIKAN
}
