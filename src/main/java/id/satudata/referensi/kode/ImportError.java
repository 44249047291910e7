package id.satudata.referensi.kode;

import java.util.List;

/**
 * One problem found in an imported file.
 *
 * @param baris the row (1 = header)
 * @param kolom the column name, or {@code null} for the whole row
 * @param nilai the offending value, or {@code null}
 * @param pesanKey the message key
 * @param args message arguments
 */
public record ImportError(long baris, String kolom, String nilai, String pesanKey, List<Object> args) {

	public static ImportError of(long baris, String kolom, String nilai, String key, Object... args) {
		String shown = nilai == null ? null : nilai.length() > 120 ? nilai.substring(0, 119) + "…" : nilai;
		return new ImportError(baris, kolom, shown, key, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}
