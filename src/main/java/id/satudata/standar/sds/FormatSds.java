package id.satudata.standar.sds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange format of standards (docs/standar.md), shared by reading and writing it: JSON
 * ({@code {"format": "satudata-sds", "standar": [...]}}, fields in camel case) or a table (CSV/XLSX,
 * one row per standard, the columns {@link #KOLOM}, categories in one cell as
 * {@code kode=label@induk|…}).
 */
final class FormatSds {

	static final String FORMAT = "satudata-sds";
	static final int MAKS_BARIS = 5000;
	static final List<String> KOLOM = List.of("jenis", "kode", "nama", "definisi", "referensi", "pemilik", "konsep",
			"unit_observasi", "ukuran", "satuan", "subjek", "tipe_data", "jenis_value_domain", "value_domain", "nilai_min",
			"nilai_max", "pola", "aturan_validasi", "tingkat", "kategori");

	private FormatSds() {
	}

	/** {@code unit_observasi} → {@code unitObservasi} (the JSON names). */
	static String camel(String kolom) {
		StringBuilder b = new StringBuilder();
		boolean up = false;
		for (char c : kolom.toCharArray()) {
			if (c == '_') {
				up = true;
			}
			else {
				b.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return b.toString();
	}

	/** A standard as a row of the table format (every column, empty when unset). */
	static Map<String, String> baris(StandarData s) {
		IsiStandar i = s.getIsi();
		Map<String, String> m = new LinkedHashMap<>();
		m.put("jenis", s.getJenis().name());
		m.put("kode", s.getKode());
		m.put("nama", i.getNama());
		m.put("definisi", i.getDefinisi());
		m.put("referensi", nz(i.getReferensi()));
		m.put("pemilik", s.getPemilikNama());
		m.put("konsep", nz(i.getKonsepKode()));
		m.put("unit_observasi", nz(i.getUnitObservasi()));
		m.put("ukuran", nz(i.getUkuran()));
		m.put("satuan", nz(i.getSatuan()));
		m.put("subjek", nz(i.getSubjek()));
		m.put("tipe_data", i.getTipeData() == null ? "" : i.getTipeData().name());
		m.put("jenis_value_domain", i.getJenisValueDomain() == null ? "" : i.getJenisValueDomain().name());
		m.put("value_domain", nz(i.getValueDomain()));
		m.put("nilai_min", i.getNilaiMin() == null ? "" : i.getNilaiMin().stripTrailingZeros().toPlainString());
		m.put("nilai_max", i.getNilaiMax() == null ? "" : i.getNilaiMax().stripTrailingZeros().toPlainString());
		m.put("pola", nz(i.getPola()));
		m.put("aturan_validasi", nz(i.getAturanValidasi()));
		m.put("tingkat", nz(i.getTingkatKlasifikasi()));
		m.put("kategori", kategoriTeks(s.getKategori()));
		return m;
	}

	static String kategoriTeks(List<Kategori> kategori) {
		return String.join("|", kategori.stream()
			.map(k -> k.getKode() + "=" + k.getLabel() + (k.getKodeInduk() == null ? "" : "@" + k.getKodeInduk())).toList());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
