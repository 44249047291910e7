package id.satudata.referensi.kode;

import java.time.LocalDate;
import java.util.Map;

import id.satudata.referensi.KodeView;

/** A stored code (row of {@code kode_referensi_item}). */
public record KodeItem(long id, String kode, String nama, String kodeInduk, String tingkat, LocalDate berlakuMulai,
		LocalDate berlakuSampai, boolean aktif, Map<String, String> atribut, int versiDibuat, int versiDiubah) {

	KodeView view() {
		return new KodeView(kode, nama, tingkat, kodeInduk, berlakuMulai, berlakuSampai, aktif, atribut);
	}

	/** Whether the row would change this item. */
	boolean differsFrom(KodeRow row) {
		return !aktif || !nama.equals(row.nama()) || !eq(kodeInduk, row.kodeInduk()) || !eq(tingkat, row.tingkat())
				|| !eq(berlakuMulai, row.berlakuMulai()) || !eq(berlakuSampai, row.berlakuSampai())
				|| !atribut.equals(row.atribut());
	}

	private static boolean eq(Object a, Object b) {
		return a == null ? b == null : a.equals(b);
	}

}
