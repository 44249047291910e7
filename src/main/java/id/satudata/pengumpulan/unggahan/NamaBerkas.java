package id.satudata.pengumpulan.unggahan;

/** File names as users send them, made safe to show and to put in a download header. */
final class NamaBerkas {

	private NamaBerkas() {
	}

	/** The last path segment ({@code ../../etc/passwd} → {@code passwd}), without control characters, at most 200 characters. */
	static String aman(String name) {
		String n = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (n.isEmpty() || n.equals(".") || n.equals("..")) {
			n = "berkas";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

}
