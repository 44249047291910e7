package id.satudata.standar.metadata;

import java.util.List;
import java.util.Map;

/**
 * The choice lists of the metadata statistik forms (metadata-and-forms.md, completed from the BPS
 * forms where the list there is partial). Labels: {@code metadata.pilihan.<daftar>.<nilai>}.
 */
final class Pilihan {

	static final String LAINNYA = "LAINNYA";
	static final String YA = "YA";
	static final String TIDAK = "TIDAK";

	static final Map<String, List<String>> DAFTAR = Map.ofEntries(
			Map.entry("jenisStatistik", List.of("SEKTORAL", "KHUSUS")),
			Map.entry("caraPengumpulan", List.of("PENCACAHAN_LENGKAP", "SURVEI", "KOMPILASI_ADMINISTRASI", "CARA_LAIN")),
			Map.entry("sekaliBerulang", List.of("SEKALI", "BERULANG")),
			Map.entry("frekuensi", List.of("HARIAN", "MINGGUAN", "BULANAN", "TRIWULANAN", "EMPAT_BULANAN", "SEMESTERAN",
					"TAHUNAN", "DUA_TAHUNAN", "LEBIH_DUA_TAHUNAN", "TIDAK_TETAP")),
			Map.entry("tipePengumpulan", List.of("LONGITUDINAL_PANEL", "LONGITUDINAL_CROSS_SECTIONAL", "CROSS_SECTIONAL")),
			Map.entry("cakupanWilayah", List.of("SELURUH_INDONESIA", "SEBAGIAN_WILAYAH")),
			Map.entry("metodePengumpulan", List.of("WAWANCARA", "SWACACAH", "OBSERVASI", "DATA_SEKUNDER", LAINNYA)),
			Map.entry("saranaPengumpulan", List.of("PAPI", "CAPI", "CATI", "CAWI", "MAIL", LAINNYA)),
			Map.entry("unitPengumpulan", List.of("INDIVIDU", "RUMAH_TANGGA", "USAHA", LAINNYA)),
			Map.entry("jenisRancanganSampel", List.of("TAHAP_TUNGGAL", "BERTAHAP")),
			Map.entry("metodePemilihanSampel", List.of("PROBABILITAS", "NONPROBABILITAS")),
			Map.entry("metodeSampel", List.of("SIMPLE_RANDOM", "SYSTEMATIC", "STRATIFIED", "CLUSTER", "MULTISTAGE", "QUOTA",
					"ACCIDENTAL", "PURPOSIVE", "SNOWBALL", "SATURATION")),
			Map.entry("kerangkaSampel", List.of("LIST_FRAME", "AREA_FRAME")),
			Map.entry("pemeriksaanKualitas", List.of("KUNJUNGAN_KEMBALI", "SUPERVISI", "TASK_FORCE", LAINNYA)),
			Map.entry("penyesuaianNonrespon", List.of("IMPUTASI", "PENYESUAIAN_BOBOT", "TIDAK_ADA", LAINNYA)),
			Map.entry("petugasPengumpulan", List.of("STAF_INSTANSI", "MITRA", "STAF_DAN_MITRA")),
			Map.entry("pendidikanPetugas", List.of("SD", "SMP", "SMA", "D1_D3", "D4_S1", "S2_S3")),
			Map.entry("tahapanPengolahan", List.of("PENYUNTINGAN", "PENYANDIAN", "ENTRI_DATA", "VALIDASI")),
			Map.entry("metodeAnalisis", List.of("DESKRIPTIF", "INFERENSIA", "DESKRIPTIF_INFERENSIA")),
			Map.entry("tingkatPenyajian", List.of("NASIONAL", "PROVINSI", "KABUPATEN_KOTA", "KECAMATAN", LAINNYA)),
			Map.entry("tipeData", List.of("NUMERIK", "KARAKTER", "TANGGAL")),
			Map.entry("yaTidak", List.of(YA, TIDAK)),
			// geospatial metadata (ISO 19115 code lists, by their ISO codes)
			Map.entry("topikIso", List.of("farming", "biota", "boundaries", "climatologyMeteorologyAtmosphere", "economy",
					"elevation", "environment", "geoscientificInformation", "health", "imageryBaseMapsEarthCover",
					"intelligenceMilitary", "inlandWaters", "location", "oceans", "planningCadastre", "society", "structure",
					"transportation", "utilitiesCommunication")),
			Map.entry("bahasa", List.of("ind", "eng")),
			Map.entry("sistemReferensi", List.of("EPSG_4326", "EPSG_4755", "EPSG_32746", "EPSG_32747", "EPSG_32748",
					"EPSG_32749", "EPSG_32750", "EPSG_32751", "EPSG_32752", "EPSG_32753", "EPSG_32754", "EPSG_3857")),
			Map.entry("jenisResolusi", List.of("SKALA", "JARAK")),
			Map.entry("peranPihak", List.of("resourceProvider", "custodian", "owner", "distributor", "originator",
					"pointOfContact", "publisher", "author")),
			Map.entry("formatGeo", List.of("GEOJSON", "GEOPACKAGE", "SHAPEFILE", "KML", "GEOTIFF", "CSV", LAINNYA)),
			Map.entry("batasanAkses", List.of("license", "copyright", "otherRestrictions", "restricted")));

	/** Sampling methods that are probability sampling (the rest are non-probability). */
	static final List<String> SAMPEL_PROBABILITAS = List.of("SIMPLE_RANDOM", "SYSTEMATIC", "STRATIFIED", "CLUSTER",
			"MULTISTAGE");

	private Pilihan() {
	}

	static List<String> nilai(String daftar) {
		List<String> v = DAFTAR.get(daftar);
		if (v == null) {
			throw new IllegalArgumentException("Unknown choice list: " + daftar);
		}
		return v;
	}

	static String labelKey(String daftar, String nilai) {
		return "metadata.pilihan." + daftar + "." + nilai;
	}

}
