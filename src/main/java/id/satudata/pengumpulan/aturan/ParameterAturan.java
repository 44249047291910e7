package id.satudata.pengumpulan.aturan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parameters of a rule, by kind (unused ones stay null).
 *
 * @param tingkat KELENGKAPAN: the level whose every code must appear (e.g. {@code kecamatan})
 * @param kelompok KELENGKAPAN: columns within whose every value combination the codes must appear (e.g. tahun)
 * @param bagian JUMLAH: the part columns
 * @param toleransi JUMLAH, BARIS_JUMLAH: the largest difference accepted (rounding)
 * @param batas PERUBAHAN: the largest relative change accepted (0.5 = 50%)
 * @param kunci PERUBAHAN: the columns rows are matched on with the previous release (e.g. kode_wilayah)
 */
record ParameterAturan(String tingkat, List<String> kelompok, List<String> bagian, BigDecimal toleransi,
		BigDecimal batas, List<String> kunci) {

	static final ParameterAturan KOSONG = new ParameterAturan(null, null, null, null, null, null);

	ParameterAturan {
		kelompok = kelompok == null ? List.of() : List.copyOf(kelompok);
		bagian = bagian == null ? List.of() : List.copyOf(bagian);
		kunci = kunci == null ? List.of() : List.copyOf(kunci);
	}

}
