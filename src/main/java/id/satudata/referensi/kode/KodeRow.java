package id.satudata.referensi.kode;

import java.time.LocalDate;
import java.util.Map;

/** A code as it arrives from a form or a file row, already checked. */
record KodeRow(String kode, String nama, String kodeInduk, String tingkat, LocalDate berlakuMulai,
		LocalDate berlakuSampai, Map<String, String> atribut) {
}
