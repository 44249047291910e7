package id.satudata.perencanaan.daftardata;

import java.util.List;

/**
 * One problem of an imported Daftar Data file.
 *
 * @param baris the row as the user sees it (1 = header)
 * @param kolom the column, or {@code null} for the whole row
 * @param nilai the offending value, or {@code null}
 */
record GalatImpor(long baris, String kolom, String nilai, String pesanKey, List<Object> args) {

	static GalatImpor of(long baris, String kolom, String nilai, String key, Object... args) {
		String shown = nilai == null ? null : nilai.length() > 120 ? nilai.substring(0, 119) + "…" : nilai;
		return new GalatImpor(baris, kolom, shown, key, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
