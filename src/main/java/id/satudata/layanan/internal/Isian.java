package id.satudata.layanan.internal;

import java.util.regex.Pattern;

import id.satudata.shared.web.InvalidFieldException;

/** Checks of form text: required, lengths, e-mail and phone shapes, with the field named in the error. */
public final class Isian {

	private static final Pattern SUREL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
	private static final Pattern TELEPON = Pattern.compile("\\+?[0-9 ()\\-]{6,25}");

	private Isian() {
	}

	/** The stripped text; refused when empty or longer than {@code maks}. */
	public static String wajib(String field, String value, int maks) {
		String v = opsional(field, value, maks);
		if (v == null) {
			throw new InvalidFieldException(field, "validasi.wajib");
		}
		return v;
	}

	/** The stripped text or null; refused when longer than {@code maks}. */
	public static String opsional(String field, String value, int maks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > maks) {
			throw new InvalidFieldException(field, "layanan.galat.terlaluPanjang", maks);
		}
		return v;
	}

	public static String surel(String field, String value) {
		String v = opsional(field, value, 200);
		if (v != null && !SUREL.matcher(v).matches()) {
			throw new InvalidFieldException(field, "layanan.galat.surel");
		}
		return v;
	}

	public static String telepon(String field, String value) {
		String v = opsional(field, value, 30);
		if (v != null && !TELEPON.matcher(v).matches()) {
			throw new InvalidFieldException(field, "layanan.galat.telepon");
		}
		return v;
	}

}
