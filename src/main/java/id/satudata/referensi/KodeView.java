package id.satudata.referensi;

import java.time.LocalDate;
import java.util.Map;

/**
 * One code of a Kode Referensi list, as other modules see it.
 *
 * @param kode the code (e.g. {@code 19.71})
 * @param nama its label (e.g. {@code Kota Pangkal Pinang})
 * @param tingkat its level in the list's hierarchy (e.g. {@code kabupaten_kota}), or {@code null}
 * @param kodeInduk the parent code, or {@code null} at the top
 * @param berlakuMulai valid from (inclusive), or {@code null}
 * @param berlakuSampai valid until (inclusive), or {@code null} while in force
 * @param aktif whether the code is in force (not retired)
 * @param atribut extra attributes of the list (e.g. a BPS code beside a Kemendagri one)
 */
public record KodeView(String kode, String nama, String tingkat, String kodeInduk, LocalDate berlakuMulai,
		LocalDate berlakuSampai, boolean aktif, Map<String, String> atribut) {
}
