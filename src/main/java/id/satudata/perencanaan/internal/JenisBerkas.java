package id.satudata.perencanaan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.web.multipart.MultipartFile;

import id.satudata.shared.web.InvalidFieldException;

/**
 * Checks that an uploaded document is what its name says, from its first bytes: a PDF starts
 * {@code %PDF-}, a PNG and a JPEG with their signatures, Office and OpenDocument files are zip
 * packages. A renamed executable or HTML page is refused.
 */
public final class JenisBerkas {

	private JenisBerkas() {
	}

	/** The user's file name without any path or control characters, for display and download only. */
	public static String safeName(String filename) {
		String name = filename == null ? "berkas" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "berkas";
		}
		return name.length() > 300 ? name.substring(name.length() - 300) : name;
	}

	/** The name's extension in capitals ({@code PDF}), or empty. */
	public static String extension(String nama) {
		return nama == null || nama.lastIndexOf('.') < 0 ? "" : nama.substring(nama.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
	}

	/** Refuses (on the field {@code berkas}) a file whose first bytes are not those of {@code ext}. */
	public static void check(MultipartFile berkas, String ext) {
		byte[] head;
		try (InputStream in = berkas.getInputStream()) {
			head = in.readNBytes(8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!matches(head, ext)) {
			throw new InvalidFieldException("berkas", "berkas.galat.isi", ext);
		}
	}

	static boolean matches(byte[] h, String ext) {
		return switch (ext) {
			case "PDF" -> starts(h, '%', 'P', 'D', 'F', '-');
			case "PNG" -> starts(h, 0x89, 'P', 'N', 'G');
			case "JPG", "JPEG" -> starts(h, 0xFF, 0xD8, 0xFF);
			case "DOCX", "XLSX", "ODT", "ODS" -> starts(h, 'P', 'K', 3, 4);
			default -> false;
		};
	}

	private static boolean starts(byte[] h, int... sig) {
		if (h.length < sig.length) {
			return false;
		}
		for (int i = 0; i < sig.length; i++) {
			if ((h[i] & 0xFF) != sig[i]) {
				return false;
			}
		}
		return true;
	}

}
