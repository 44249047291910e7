package id.satudata.ppid.permohonan;

import java.util.regex.Pattern;

import id.satudata.shared.web.InvalidFieldException;

/** Checks of the request's text fields, each refusal naming its field. */
final class Isian {

	private static final Pattern SUREL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
	private static final Pattern TELEPON = Pattern.compile("\\+?[0-9 ()\\-]{6,25}");
	/** NIK (16 digits), passport, licence or deed numbers: letters, digits and separators. */
	private static final Pattern IDENTITAS = Pattern.compile("[A-Za-z0-9./\\- ]{5,40}");
	private static final Pattern NIK = Pattern.compile("\\d{16}");

	private Isian() {
	}

	static String wajib(String field, String value, int maks) {
		String v = opsional(field, value, maks);
		if (v == null) {
			throw new InvalidFieldException(field, "validasi.wajib");
		}
		return v;
	}

	static String opsional(String field, String value, int maks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > maks) {
			throw new InvalidFieldException(field, "ppid.galat.terlaluPanjang", maks);
		}
		return v;
	}

	static String surel(String field, String value) {
		String v = wajib(field, value, 200);
		if (!SUREL.matcher(v).matches()) {
			throw new InvalidFieldException(field, "ppid.galat.surel");
		}
		return v;
	}

	static String telepon(String field, String value) {
		String v = wajib(field, value, 30);
		if (!TELEPON.matcher(v).matches()) {
			throw new InvalidFieldException(field, "ppid.galat.telepon");
		}
		return v;
	}

	static String identitas(String field, JenisIdentitas jenis, String value) {
		String v = wajib(field, value, 40);
		if (jenis == JenisIdentitas.KTP ? !NIK.matcher(v).matches() : !IDENTITAS.matcher(v).matches()) {
			throw new InvalidFieldException(field, jenis == JenisIdentitas.KTP ? "ppid.galat.nik" : "ppid.galat.identitas");
		}
		return v;
	}

	static <E> E pilihan(String field, E value) {
		if (value == null) {
			throw new InvalidFieldException(field, "validasi.wajib");
		}
		return value;
	}

}
