package id.satudata.katalog;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * SPI: the rules a standard variable (Standar Data Statistik) imposes on a dataset column that
 * references it by code. Implemented by the module that keeps the standards (standar), which
 * depends on this one; without an implementation, a column's reference is kept but adds no rule.
 * Applied in one place: {@code dataset.SkemaService.skemaImpor}, where the column specs of an upload are
 * built.
 */
public interface AturanStandarKolom {

	/** The rules of the variable in force under {@code kodeVariabel}, if there is one. */
	Optional<Aturan> aturan(String kodeVariabel);

	/**
	 * What a standard variable asks of a column.
	 *
	 * @param kodeReferensi the Kode Referensi list its values must come from (its Klasifikasi as published, or a list), or {@code null}
	 * @param min the smallest value, or {@code null}
	 * @param max the largest value, or {@code null}
	 * @param pola a regular expression the whole value must match, or {@code null}
	 * @param satuan its unit, or {@code null}
	 * @param konsep the name of its concept, or {@code null}
	 * @param definisi its definition
	 */
	record Aturan(String kodeVariabel, String nama, String kodeReferensi, BigDecimal min, BigDecimal max, String pola,
			String satuan, String konsep, String definisi) {
	}

}
