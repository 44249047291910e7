package id.satudata.layanan.permintaan;

import java.util.Arrays;
import java.util.List;

import id.satudata.layanan.internal.BarisBatas;
import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananProperties;

/** The services of the catalogue (Katalog Layanan Manajemen Data) a request asks for. */
public enum JenisLayanan {

	PERENCANAAN, PENGUMPULAN, PEMERIKSAAN, PENYEBARLUASAN, REKOMENDASI, LAINNYA;

	public String labelKey() {
		return "layanan.jenis." + name();
	}

	public String keteranganKey() {
		return "layanan.jenis." + name() + ".keterangan";
	}

	/** The handling estimate of this type, as configured (the catalogue's SLA). */
	public BatasWaktu sla(LayananProperties properties) {
		LayananProperties.Sla sla = properties.sla();
		return switch (this) {
			case PERENCANAAN -> sla.perencanaan();
			case PENGUMPULAN -> sla.pengumpulan();
			case PEMERIKSAAN -> sla.pemeriksaan();
			case PENYEBARLUASAN -> sla.penyebarluasan();
			case REKOMENDASI -> sla.rekomendasi();
			case LAINNYA -> sla.lainnya();
		};
	}

	/** Every type with its estimate, for display. */
	public static List<BarisBatas> semuaSla(LayananProperties properties) {
		return Arrays.stream(values()).map(j -> new BarisBatas(j.labelKey(), j.sla(properties))).toList();
	}

}
