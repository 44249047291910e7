package id.satudata.layanan.permintaan;

import java.util.Arrays;
import java.util.List;

import id.satudata.layanan.internal.BarisBatas;
import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananProperties;

/** The services of the catalogue (Katalog Layanan Manajemen Data) a request asks for. */
public enum JenisLayanan {

	PERENCANAAN, PENGUMPULAN, PEMERIKSAAN, PENYEBARLUASAN, REKOMENDASI, LAINNYA,
	/**
	 * Data the catalog lacks ("Minta data"): filed only through its own form, which asks the area,
	 * years and purpose ({@link PermintaanData}); handled against the dissemination estimate.
	 */
	PERMINTAAN_DATA;

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
			case PERMINTAAN_DATA -> sla.penyebarluasan();
		};
	}

	/** The types the general request forms offer (a data request has a form of its own). */
	public static List<JenisLayanan> umum() {
		return Arrays.stream(values()).filter(j -> j != PERMINTAAN_DATA).toList();
	}

	/** Every type with its estimate, for display. */
	public static List<BarisBatas> semuaSla(LayananProperties properties) {
		return Arrays.stream(values()).map(j -> new BarisBatas(j.labelKey(), j.sla(properties))).toList();
	}

}
