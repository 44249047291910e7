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
final class JenisBerkas {

	private JenisBerkas() {
	}

	static String ekstensi(String nama) {
		return nama == null || nama.lastIndexOf('.') < 0 ? "" : nama.substring(nama.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
	}

	static void periksa(MultipartFile berkas, String ext) {
		byte[] head;
		try (InputStream in = berkas.getInputStream()) {
			head = in.readNBytes(8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!cocok(head, ext)) {
			throw new InvalidFieldException("berkas", "berkas.galat.isi", ext);
		}
	}

	static boolean cocok(byte[] h, String ext) {
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
