package id.satudata.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import id.satudata.shared.SatuDataProperties;

/** Files under {@code <data-dir>/files/<area>/<uuid>} (the default, {@code satudata.penyimpanan.jenis=lokal}). */
class LocalFileStore implements FileStore {

	private final Path root;
	private final FileProblems problems;

	LocalFileStore(SatuDataProperties properties, FileProblems problems) {
		this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
		this.problems = problems;
	}

	@Override
	public String store(String area, InputStream content) throws IOException {
		String key = StorageKeys.newKey(area);
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path tmp = Files.createTempFile(target.getParent(), ".upload", ".part");
		try {
			Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(tmp);
		}
		return key;
	}

	@Override
	public String storeFile(String area, Path file) throws IOException {
		String key = StorageKeys.newKey(area);
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException e) {
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return Files.newInputStream(resolve(key));
		}
		catch (IOException e) {
			throw problems.unavailable(key, e);
		}
	}

	@Override
	public long size(String key) throws IOException {
		try {
			return Files.size(resolve(key));
		}
		catch (IOException e) {
			throw problems.unavailable(key, e);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public Path localPath(String key) throws FileUnavailableException {
		Path path = resolve(key);
		if (!Files.isReadable(path)) {
			throw problems.unavailable(key, null);
		}
		return path;
	}

	@Override
	public void checkReachable() throws IOException {
		Files.createDirectories(root);
		if (!Files.isWritable(root)) {
			throw new IOException("Folder " + root + " is not writable");
		}
	}

	@Override
	public String description() {
		return root.toString();
	}

	private Path resolve(String key) {
		Path path = root.resolve(StorageKeys.check(key)).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Invalid storage key");
		}
		return path;
	}

}
