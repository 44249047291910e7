package id.satudata.standar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which required fields of a form are missing.
 *
 * @param kurang the missing fields in form order
 */
public record Kelengkapan(List<Kekurangan> kurang) {

	public Kelengkapan {
		kurang = List.copyOf(kurang);
	}

	public boolean lengkap() {
		return kurang.isEmpty();
	}

	/** The missing fields per block code, in form order. */
	public Map<String, List<Kekurangan>> perBlok() {
		Map<String, List<Kekurangan>> out = new LinkedHashMap<>();
		kurang.forEach(k -> out.computeIfAbsent(k.blok(), b -> new java.util.ArrayList<>()).add(k));
		return out;
	}

	/**
	 * One missing field.
	 *
	 * @param blok the block code
	 * @param isian the field code
	 * @param label the field's label in the request's language
	 */
	public record Kekurangan(String blok, String blokJudul, String isian, String label) {
	}

}
