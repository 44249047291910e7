package id.satudata.datastore.impor;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.internal.TestEngine;

/** A test over a datastore of its own: real DuckDB, files in a temporary folder. */
abstract class EngineTest {

	@TempDir
	Path dir;

	TestEngine t;

	@BeforeEach
	void start() {
		t = new TestEngine(dir);
	}

	@AfterEach
	void stop() throws Exception {
		t.close();
	}

}
