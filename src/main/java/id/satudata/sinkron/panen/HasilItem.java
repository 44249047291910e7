package id.satudata.sinkron.panen;

/** What a run did with one dataset (or one of its tables). */
public enum HasilItem {

	DIBUAT, DIPERBARUI, DITARIK, GAGAL;

	public String labelKey() {
		return "panen.hasil." + name();
	}

}
