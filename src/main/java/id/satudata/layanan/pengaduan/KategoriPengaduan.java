package id.satudata.layanan.pengaduan;

import java.util.Arrays;
import java.util.List;

import id.satudata.layanan.internal.BarisBatas;
import id.satudata.layanan.internal.BatasWaktu;
import id.satudata.layanan.internal.LayananProperties;

/**
 * The tiers of complaint handling in the service standard (Standar Pelayanan, Penanganan
 * Pengaduan), each with its limit counted from filing: ringan 3 hours, normatif 5 hours, tidak
 * berkadar pengawasan 1 day, berkadar pengawasan (needs an examination) 30 working days. The
 * limits are configurable ({@code satudata.layanan.pengaduan.*}).
 */
public enum KategoriPengaduan {

	RINGAN, NORMATIF, TIDAK_BERKADAR_PENGAWASAN, BERKADAR_PENGAWASAN;

	public String labelKey() {
		return "layanan.kategori." + name();
	}

	public String keteranganKey() {
		return "layanan.kategori." + name() + ".keterangan";
	}

	/** This tier's limit, as configured. */
	public BatasWaktu batas(LayananProperties properties) {
		LayananProperties.Pengaduan p = properties.pengaduan();
		return switch (this) {
			case RINGAN -> p.ringan();
			case NORMATIF -> p.normatif();
			case TIDAK_BERKADAR_PENGAWASAN -> p.tidakBerkadarPengawasan();
			case BERKADAR_PENGAWASAN -> p.berkadarPengawasan();
		};
	}

	/** Every tier with its limit, for display. */
	public static List<BarisBatas> semuaBatas(LayananProperties properties) {
		return Arrays.stream(values()).map(k -> new BarisBatas(k.labelKey(), k.batas(properties))).toList();
	}

}
