package id.satudata.notifikasi;

import java.util.List;

/**
 * What a notification says. The text is a message key with arguments, resolved in the reader's
 * language when shown; an argument written {@code #{key}} is itself a message key (e.g. a status
 * label), so both languages read naturally.
 *
 * @param jenis the kind, for filtering (e.g. {@code pemeriksaan}, {@code layanan})
 * @param judulKey the message key of the one-line text
 * @param argumen the arguments of the message (plain strings or {@code #{key}})
 * @param tautan the path inside the application the notification leads to (e.g. {@code /kelola/...}), or {@code null}
 */
public record Pemberitahuan(String jenis, String judulKey, List<String> argumen, String tautan) {

	public Pemberitahuan {
		if (jenis == null || jenis.isBlank() || judulKey == null || judulKey.isBlank()) {
			throw new IllegalArgumentException("jenis and judulKey are required");
		}
		argumen = argumen == null ? List.of() : List.copyOf(argumen);
		if (tautan != null && (!tautan.startsWith("/") || tautan.startsWith("//"))) {
			throw new IllegalArgumentException("tautan must be a path inside the application: " + tautan);
		}
	}

	public static Pemberitahuan of(String jenis, String judulKey, String tautan, String... argumen) {
		return new Pemberitahuan(jenis, judulKey, List.of(argumen), tautan);
	}

	/** An argument that is a message key, resolved in the reader's language. */
	public static String kunci(String messageKey) {
		return "#{" + messageKey + "}";
	}

}
