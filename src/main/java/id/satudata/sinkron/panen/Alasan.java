package id.satudata.sinkron.panen;

import java.util.Arrays;
import java.util.List;

import id.satudata.shared.web.Messages;
import id.satudata.shared.web.UserFacingException;

/**
 * A reason kept in a report as a message key and its arguments (tab-separated), so the report reads
 * in the reader's language.
 */
final class Alasan {

	private Alasan() {
	}

	static String dari(String key, Object... args) {
		StringBuilder b = new StringBuilder(key);
		for (Object a : args) {
			b.append('\t').append(a == null ? "" : String.valueOf(a).replace('\t', ' ').replace('\n', ' '));
		}
		return potong(b.toString());
	}

	static String dari(UserFacingException e) {
		if (e instanceof id.satudata.shared.web.InvalidFieldsException f) {
			return dari("panen.galat.validasi", f.getMessages().toString());
		}
		if (e instanceof id.satudata.shared.web.InvalidFieldException f) {
			Object[] args = new Object[e.getArgs().length + 2];
			args[0] = f.getField();
			args[1] = e.getMessageKey();
			System.arraycopy(e.getArgs(), 0, args, 2, e.getArgs().length);
			return dari("panen.galat.kolom", args);
		}
		return dari(e.getMessageKey(), e.getArgs());
	}

	static String tampil(String alasan, Messages messages) {
		if (alasan == null || alasan.isEmpty()) {
			return "";
		}
		List<String> parts = Arrays.asList(alasan.split("\t", -1));
		String key = parts.get(0);
		Object[] args = parts.subList(1, parts.size()).toArray();
		if ("panen.galat.kolom".equals(key) && args.length >= 2) {
			return messages.get("panen.galat.kolom", args[0],
					messages.get(String.valueOf(args[1]), Arrays.copyOfRange(args, 2, args.length)));
		}
		return messages.get(key, args);
	}

	static String potong(String s) {
		return potong(s, 2000);
	}

	static String potong(String s, int maks) {
		return s == null || s.length() <= maks ? s : s.substring(0, maks);
	}

}
