package id.satudata.perencanaan.prioritas;

/** A Data Prioritas recommendation waits for the Forum, which accepts or rejects it. */
enum StatusRekomendasiPrioritas {
	DIUSULKAN, DITERIMA, DITOLAK;

	public String labelKey() {
		return "statusRekomendasi." + name();
	}
}
