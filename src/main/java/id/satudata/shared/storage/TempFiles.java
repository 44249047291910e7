package id.satudata.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import id.satudata.shared.SatuDataProperties;

/**
 * Scratch files for uploads being checked, under {@code <data-dir>/tmp}; callers delete them. What
 * a stopped process left there (a {@code kill -9} during an import, DuckDB's spill files) is
 * deleted when the application starts: nothing can be using it yet.
 */
@Component
public class TempFiles {

	private static final Logger log = LoggerFactory.getLogger(TempFiles.class);

	private final Path dir;

	public TempFiles(SatuDataProperties properties) {
		this.dir = properties.dataDir().resolve("tmp").toAbsolutePath().normalize();
		clean();
	}

	/** Deletes every file under the scratch folder (folders stay); returns the bytes freed. */
	long clean() {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		long[] freed = { 0, 0 };
		try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
			files.filter(Files::isRegularFile).forEach(f -> {
				try {
					long size = Files.size(f);
					Files.delete(f);
					freed[0] += size;
					freed[1]++;
				}
				catch (IOException e) {
					log.warn("Cannot delete scratch file {}: {}", f, e.getMessage());
				}
			});
		}
		catch (IOException e) {
			log.warn("Cannot clean the scratch folder {}: {}", dir, e.getMessage());
		}
		if (freed[1] > 0) {
			log.info("Deleted {} scratch files ({} bytes) left in {}", freed[1], freed[0], dir);
		}
		return freed[0];
	}

	/**
	 * An upload as a new scratch file (the user's file name is not used). The servlet container has
	 * already written a large upload's body to disk while receiving it: that file is moved here (a
	 * rename on the same file system), not copied a second time; the upload is not read again after.
	 */
	public Path save(MultipartFile file) {
		try {
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, "upload-", ".bin");
			Files.delete(tmp);
			file.transferTo(tmp.toFile());
			return tmp;
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
			// best effort: the scratch folder is cleaned at start-up too (see the constructor)
		}
	}

}
