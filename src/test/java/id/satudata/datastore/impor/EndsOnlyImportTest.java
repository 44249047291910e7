package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.internal.TestEngine;
import id.satudata.shared.tabular.TableShaper;

/**
 * A large CSV whose head and tail show a plain table is imported without a pass over the whole file
 * before DuckDB reads it (issue 18): the same table and the same findings as when the whole file is
 * read first, also when a total row, a note or a bad value sits in the unseen middle.
 */
class EndsOnlyImportTest extends EngineTest {

	/** Rows enough for the middle to be outside the first and last bytes the probe reads. */
	private static final int ROWS = 80_000;

	private ImportPipeline endsOnly() {
		FilePreparer preparer = new FilePreparer(t.temp, t.properties, 0);
		return new ImportPipeline(t.duck, preparer, t.store, t.temp, TestEngine.REGIONS, t.properties,
				new FastImport(t.duck, t.temp, TestEngine.REGIONS), new NameColumns(TestEngine.NAMES, t.temp),
				new Reshaper(TestEngine.NAMES, t.temp));
	}

	private Path csv(String name, IntFunction<String> middle) throws IOException {
		Path file = dir.resolve(name);
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("kecamatan,laki_laki,perempuan,jumlah\n");
			for (int i = 0; i < ROWS; i++) {
				String special = i == ROWS / 2 ? middle.apply(i) : null;
				if (special != null) {
					w.write(special + "\n");
				}
				w.write("Kecamatan " + i + "," + (1000 + i % 7) + "," + (2000 + i % 5) + "," + (3000 + i % 7 + i % 5) + "\n");
			}
		}
		assertThat(Files.size(file)).isGreaterThan(FilePreparer.HEAD_BYTES + FilePreparer.TAIL_BYTES);
		return file;
	}

	private static ImportOptions plainNumbers() {
		return ImportOptions.defaults();
	}

	private static List<id.satudata.datastore.ColumnSpec> schema() {
		return ImportPipelineTest.KECAMATAN.stream()
			.map(c -> new id.satudata.datastore.ColumnSpec(c.name(), c.label(), c.type(), c.unit(), c.codeList(),
					c.required(), c.min(), c.max(), c.pattern(), null, c.key()))
			.toList();
	}

	@Test
	void aPlainLargeFileIsTakenFromItsEnds() throws Exception {
		Path file = csv("polos.csv", i -> null);
		FilePreparer.Prepared p = new FilePreparer(t.temp, t.properties, 0).prepare(file, plainNumbers(), false, true);
		assertThat(p.endsOnly()).isTrue();
		assertThat(p.csv()).isEqualTo(file);

		ImportResult r = endsOnly().run(file, schema(), List.of(), plainNumbers());
		assertThat(r.ok()).isTrue();
		assertThat(r.rows()).isEqualTo(ROWS);
		QueryResult last = t.datastore.search(r.table(), new Query(java.util.Map.of(), java.util.Map.of(), null,
				List.of(), List.of(), false, 1, ROWS - 1, false));
		assertThat(last.records().get(0)).containsEntry("kecamatan", "Kecamatan " + (ROWS - 1)).containsEntry("_id",
				(long) ROWS);
	}

	@Test
	void aTotalRowInTheMiddleIsStillLeftOutAndChecked() throws Exception {
		// the rows since the start sum to other figures: the total is left out and its mismatch reported
		Path file = csv("jumlah.csv", i -> "Jumlah,1,2,3");
		ImportResult ends = endsOnly().run(file, schema(), List.of(), plainNumbers());
		ImportResult whole = t.pipeline.run(file, schema(), List.of(), plainNumbers());

		assertThat(ends.ok()).isTrue();
		assertThat(ends.rows()).isEqualTo(ROWS).isEqualTo(whole.rows());
		assertThat(ends.file().excluded(TableShaper.Kind.JUMLAH)).extracting(TableShaper.Excluded::row)
			.containsExactly((long) ROWS / 2 + 2);
		assertThat(ends.issues()).extracting(ImportIssue::rule).contains(TotalChecks.RULE);
		assertThat(ends.issues()).isEqualTo(whole.issues());
	}

	@Test
	void aNoteInTheMiddleIsStillANote() throws Exception {
		Path file = csv("catatan.csv", i -> "Catatan: angka sementara,,,");
		ImportResult ends = endsOnly().run(file, schema(), List.of(), plainNumbers());
		assertThat(ends.ok()).isTrue();
		assertThat(ends.rows()).isEqualTo(ROWS);
		assertThat(ends.file().footnotes()).containsExactly("Catatan: angka sementara");
	}

	@Test
	void aBadValueInTheMiddleIsReportedAtItsLine() throws Exception {
		Path file = csv("salah.csv", i -> "Kecamatan X,seribu,2,3");
		ImportResult ends = endsOnly().run(file, schema(), List.of(), plainNumbers());
		ImportResult whole = t.pipeline.run(file, schema(), List.of(), plainNumbers());

		assertThat(ends.ok()).isFalse();
		assertThat(ends.table()).isNull();
		assertThat(ends.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple((long) ROWS / 2 + 2, "laki_laki", "seribu"));
		assertThat(ends.issues()).isEqualTo(whole.issues());
	}

	@Test
	void aRowOfNamesThatOnlyLookLikeTotalsStaysData() throws Exception {
		// "Kabupaten Agam" is a place, not "Kabupaten/Kota ..." total: the file stays on the fast path
		Path file = csv("nama.csv", i -> "Kabupaten Agam,1,2,3");
		ImportResult ends = endsOnly().run(file, schema(), List.of(), plainNumbers());
		assertThat(ends.ok()).isTrue();
		assertThat(ends.rows()).isEqualTo(ROWS + 1);
		assertThat(ends.file().excluded()).isEmpty();
	}

}
