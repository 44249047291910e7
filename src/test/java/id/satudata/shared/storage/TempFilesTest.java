package id.satudata.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.shared.SatuDataProperties;

/** Issue 19, item 3: scratch files a stopped process left behind are deleted at start-up. */
class TempFilesTest {

	@TempDir
	Path dataDir;

	@Test
	void leftoverScratchFilesAreDeletedWhenTheApplicationStarts() throws Exception {
		Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
		Path upload = Files.write(tmp.resolve("upload-123.bin"), new byte[1024 * 1024]);
		Path spill = Files.write(Files.createDirectories(tmp.resolve("duckdb")).resolve("duckdb_temp_block-1.block"),
				new byte[4096]);
		Path stored = Files.writeString(Files.createDirectories(dataDir.resolve("files")).resolve("keep.parquet"), "x");

		TempFiles temp = new TempFiles(new SatuDataProperties(dataDir, null, null, null, null));

		assertThat(upload).doesNotExist();
		assertThat(spill).doesNotExist();
		assertThat(tmp.resolve("duckdb")).isDirectory();
		assertThat(stored).exists();
		// and it still works
		Path next = temp.newFile(".csv");
		assertThat(next).exists().startsWith(tmp);
	}

}
