package id.satudata.sinkron.panen;

/** A run's state. */
public enum StatusJalan {

	BERJALAN, SELESAI, GAGAL;

	public String labelKey() {
		return "panen.status." + name();
	}

}
