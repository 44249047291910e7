package id.satudata.layanan.internal;

/**
 * The tiers of complaint handling in the service standard (Standar Pelayanan, Penanganan
 * Pengaduan), each with its limit counted from filing: ringan 3 hours, normatif 5 hours, tidak
 * berkadar pengawasan 1 day, berkadar pengawasan (needs an examination) 30 working days. The
 * limits are configurable ({@code satudata.layanan.pengaduan.*}).
 */
enum KategoriPengaduan {

	RINGAN, NORMATIF, TIDAK_BERKADAR_PENGAWASAN, BERKADAR_PENGAWASAN;

	public String labelKey() {
		return "layanan.kategori." + name();
	}

	public String keteranganKey() {
		return "layanan.kategori." + name() + ".keterangan";
	}

}
