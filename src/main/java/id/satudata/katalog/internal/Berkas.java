package id.satudata.katalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the catalog keeps of an uploaded file's name and size (releases and attachments). */
public final class Berkas {

	private Berkas() {
	}

	/** The user's file name without any path, for display only. */
	public static String safeName(String filename) {
		if (filename == null) {
			return null;
		}
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
		return name.length() > 300 ? name.substring(0, 300) : name;
	}

	/** The file's size, or {@code null} if it cannot be read. */
	public static Long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return null;
		}
	}

}
