package id.satudata.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.shared.SatuDataProperties;

/** Scratch files for uploads being checked, under {@code <data-dir>/tmp}; callers delete them. */
@Component
public class TempFiles {

	private final Path dir;

	public TempFiles(SatuDataProperties properties) {
		this.dir = properties.dataDir().resolve("tmp").toAbsolutePath().normalize();
	}

	/** Copies an upload to a new scratch file (the user's file name is not used). */
	public Path save(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return save(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path save(InputStream in) {
		try {
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, "upload-", ".bin");
			Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
			return tmp;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path newFile(String suffix) {
		try {
			Files.createDirectories(dir);
			return Files.createTempFile(dir, "work-", suffix);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// best effort: the scratch folder is cleaned at start-up too
		}
	}

}
