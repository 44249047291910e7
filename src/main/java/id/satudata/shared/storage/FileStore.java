package id.satudata.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded and generated files live: a local folder by default, object storage in a
 * scale-out installation. Keys are made by the platform, never taken from a user's file name.
 */
public interface FileStore {

	/** Stores the content under a new key in the given area and returns the key. */
	String store(String area, InputStream content) throws IOException;

	/** Moves a finished local file into the store under a new key in the given area and returns the key. */
	String storeFile(String area, Path file) throws IOException;

	InputStream open(String key) throws IOException;

	long size(String key) throws IOException;

	void delete(String key) throws IOException;

	/**
	 * A local path for the key, for engines that need a file (DuckDB, POI). With object storage it is
	 * the node's cached copy: open it at once (a copy idle longer than the cache's {@code min-idle} may
	 * be removed; an open file stays readable), and ask again for a later use.
	 */
	Path localPath(String key) throws IOException;

	/** Checks that the store can be read and written now; throws with the reason otherwise (health). */
	void checkReachable() throws IOException;

	/** Where the files are, for operators (health details): a folder or a bucket. */
	String description();

}
