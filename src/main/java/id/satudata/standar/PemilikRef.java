package id.satudata.standar;

import java.util.regex.Pattern;

/**
 * The object of another module that a metadata form belongs to, by kind and id: e.g.
 * {@code ("DATASET", "12")}, {@code ("REKOMENDASI", "42")}, {@code ("DAFTAR_DATA", "7")}. The
 * module owning that kind implements {@link PemilikMetadata} for it.
 */
public record PemilikRef(String jenis, String id) {

	/** The owner kind of katalog datasets (implemented by this module). */
	public static final String DATASET = "DATASET";

	private static final Pattern JENIS = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,60}");

	public PemilikRef {
		if (jenis == null || !JENIS.matcher(jenis).matches()) {
			throw new IllegalArgumentException("Invalid owner kind: " + jenis);
		}
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Invalid owner id: " + id);
		}
	}

	public static PemilikRef of(String jenis, Object id) {
		return new PemilikRef(jenis, String.valueOf(id));
	}

	/** The form {@code JENIS:id} used in links ({@code DATASET:12}). */
	@Override
	public String toString() {
		return jenis + ":" + id;
	}

	/** Parses {@code JENIS:id}; an {@link IllegalArgumentException} if it is not one. */
	public static PemilikRef parse(String s) {
		int colon = s == null ? -1 : s.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("Invalid owner: " + s);
		}
		return new PemilikRef(s.substring(0, colon), s.substring(colon + 1));
	}

}
