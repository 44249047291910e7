package id.satudata.perencanaan.rencanaaksi;

/** Where an action-plan item stands. */
enum StatusRencanaAksi {
	BELUM_MULAI, BERJALAN, SELESAI, DIBATALKAN;

	public String labelKey() {
		return "statusRencanaAksi." + name();
	}

	public boolean terbuka() {
		return this == BELUM_MULAI || this == BERJALAN;
	}
}
