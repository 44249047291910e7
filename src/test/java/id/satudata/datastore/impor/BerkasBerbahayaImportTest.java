package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.internal.TestEngine;
import id.satudata.shared.web.UserFacingException;
import id.satudata.test.BerkasBerbahaya;

/**
 * The hostile set straight into the import (and the schema inference): each is either refused with a
 * message the user can read (a {@link UserFacingException}) or read as a table whose problems are
 * reported — never another exception (a 500), never the secret an entity points at.
 */
class BerkasBerbahayaImportTest {

	static final String HEADER = "kode_wilayah,tahun,laki_laki,perempuan,rasio,keterangan";

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

	@ParameterizedTest
	@EnumSource(BerkasBerbahaya.class)
	void importRefusesCleanly(BerkasBerbahaya b) throws Exception {
		Path file = Files.write(dir.resolve(b.namaBerkas()), b.isi(HEADER));
		Throwable thrown = catchThrowable(() -> {
			ImportResult r = t.datastore.importTable(file, ImportPipelineTest.PENDUDUK, List.of(), ImportOptions.defaults());
			assertThat(r.ok()).as(b + " is not a good table").isFalse();
			assertThat(r.issues().toString()).doesNotContain(BerkasBerbahaya.RAHASIA);
		});
		if (thrown != null && !(thrown instanceof AssertionError)) {
			assertThat(thrown).as(b.name()).isInstanceOf(UserFacingException.class);
		}
		else if (thrown != null) {
			throw (AssertionError) thrown;
		}
		try (Stream<Path> tables = Files.exists(dir.resolve("files")) ? Files.walk(dir.resolve("files")) : Stream.empty()) {
			assertThat(tables.filter(Files::isRegularFile).toList()).as("nothing stored for " + b).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(BerkasBerbahaya.class)
	void inferenceRefusesCleanly(BerkasBerbahaya b) throws Exception {
		Path file = Files.write(dir.resolve(b.namaBerkas()), b.isi(HEADER));
		Throwable thrown = catchThrowable(() -> assertThat(t.datastore.infer(file, ImportOptions.defaults()).toString())
			.doesNotContain(BerkasBerbahaya.RAHASIA));
		if (thrown != null && !(thrown instanceof AssertionError)) {
			assertThat(thrown).as(b.name()).isInstanceOf(UserFacingException.class);
		}
		else if (thrown != null) {
			throw (AssertionError) thrown;
		}
	}

}
