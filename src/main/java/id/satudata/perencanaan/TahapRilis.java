package id.satudata.perencanaan;

/** How far a scheduled release got: planned, collected (submitted), checked, published. */
public enum TahapRilis {
	/** Nothing submitted yet. */
	DIRENCANAKAN,
	/** The producer submitted the data (a submission or draft release exists). */
	TERKUMPUL,
	/** It passed the Walidata's and the Pembina Data's checks. */
	TERPERIKSA,
	/** Published. */
	TERBIT;

	public String labelKey() {
		return "tahapRilis." + name();
	}
}
