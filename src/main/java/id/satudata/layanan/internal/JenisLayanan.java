package id.satudata.layanan.internal;

/** The services of the catalogue (Katalog Layanan Manajemen Data) a request asks for. */
enum JenisLayanan {

	PERENCANAAN, PENGUMPULAN, PEMERIKSAAN, PENYEBARLUASAN, REKOMENDASI, LAINNYA;

	public String labelKey() {
		return "layanan.jenis." + name();
	}

	public String keteranganKey() {
		return "layanan.jenis." + name() + ".keterangan";
	}

}
