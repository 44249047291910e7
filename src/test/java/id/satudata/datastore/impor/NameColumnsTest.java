package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NameMatching;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Query;

/**
 * A file with kecamatan names where the schema wants region codes: exact names get their codes, near
 * ones and names outside the coverage stop the import with row, column and value, decisions apply.
 */
class NameColumnsTest extends EngineTest {

	static final List<ColumnSpec> SCHEMA = List.of(
			new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null,
					true),
			new ColumnSpec("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT, null, null, true, null, null, null,
					NumberFormat.INDONESIA, false));

	static final ImportOptions BABEL = ImportOptions.defaults().withNames(new NameMatching("19", Map.of()));

	@Test
	void exactNamesGetTheirCodesAndTheNamesColumnGoes() {
		ImportResult r = t.datastore.importTable(t.file("kec.csv", """
				Kecamatan;Jumlah
				Kec. Bukit Intan;1.200
				pangkalan baru;800
				KECAMATAN  Tanjung Pandan;640
				19.01.01;10
				"""), SCHEMA, BABEL);
		assertThat(r.issues()).isEmpty();
		assertThat(r.ok()).isTrue();
		assertThat(t.datastore.search(r.table(), Query.all(10)).records()).extracting(m -> m.get("kode_wilayah"))
			.containsExactly("19.71.01", "19.04.02", "19.02.01", "19.01.01");
		assertThat(t.datastore.search(r.table(), Query.all(1)).fields()).extracting(f -> f.id())
			.containsExactly("_id", "kode_wilayah", "jumlah");
	}

	@Test
	void nearAndUnknownNamesStopTheImportNamingRowColumnAndValueAndDecisionsApply() {
		Path file = t.file("kec.csv", """
				Kecamatan,Jumlah
				Bukit Intan,1
				Muntok,2
				Menteng,3
				Muntok,4
				""");
		ImportResult r = t.datastore.importTable(file, SCHEMA, BABEL);
		assertThat(r.ok()).isFalse();
		assertThat(r.table()).isNull();
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(3L, "Kecamatan", "Muntok", "datastore.galat.namaKodeMirip"),
					org.assertj.core.groups.Tuple.tuple(5L, "Kecamatan", "Muntok", "datastore.galat.namaKodeMirip"),
					// Menteng is in Jakarta, outside the coverage
					org.assertj.core.groups.Tuple.tuple(4L, "Kecamatan", "Menteng", "datastore.galat.namaKodeTidakAda"));
		assertThat(r.issues().get(0).args().get(2).toString()).contains("19.05.01 Mentok (Kabupaten Bangka Barat)");

		// the user's decision for Muntok; Menteng still unmatched
		ImportOptions decided = ImportOptions.defaults()
			.withNames(new NameMatching("19", Map.of("Kecamatan", Map.of("Muntok", "19.05.01"))));
		ImportResult again = t.datastore.importTable(file, SCHEMA, decided);
		assertThat(again.issues()).extracting(ImportIssue::value).containsExactly("Menteng");

		// a decision for a code outside the coverage is not taken
		ImportOptions outside = ImportOptions.defaults().withNames(new NameMatching("19",
				Map.of("Kecamatan", Map.of("Muntok", "19.05.01", "Menteng", "31.71.06"))));
		assertThat(t.datastore.importTable(file, SCHEMA, outside).issues()).extracting(ImportIssue::value)
			.containsExactly("Menteng");

		Path fixed = t.file("kec2.csv", "Kecamatan,Jumlah\nBukit Intan,1\nMuntok,2\n");
		ImportResult ok = t.datastore.importTable(fixed, SCHEMA, decided);
		assertThat(ok.ok()).as("%s", ok.issues()).isTrue();
		assertThat(t.datastore.search(ok.table(), Query.all(10)).records()).extracting(m -> m.get("kode_wilayah"))
			.containsExactly("19.71.01", "19.05.01");
	}

	@Test
	void aTableWithATotalRowKeepsItsTotalCheckedOnTheRightColumn() {
		String file = """
				Kecamatan;Jumlah
				Kec. Bukit Intan;1.200
				Kec. Gabek;800
				Jumlah;%s
				""";
		ImportResult ok = t.datastore.importTable(t.file("judul.csv", file.formatted("2.000")), SCHEMA, BABEL);
		assertThat(ok.ok()).as("%s", ok.issues()).isTrue();
		assertThat(ok.issues()).isEmpty();
		assertThat(t.datastore.search(ok.table(), Query.all(10)).records()).extracting(m -> m.get("kode_wilayah"))
			.containsExactly("19.71.01", "19.71.06");
		ImportResult off = t.datastore.importTable(t.file("judul2.csv", file.formatted("2.100")), SCHEMA, BABEL);
		assertThat(off.ok()).isTrue();
		assertThat(off.issues()).extracting(ImportIssue::column, ImportIssue::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple("jumlah", "2.100"));
	}

	@Test
	void theNamesColumnStaysWhenTheSchemaHasOne() {
		List<ColumnSpec> schema = List.of(SCHEMA.get(0),
				new ColumnSpec("nama_kecamatan", "Nama Kecamatan", ColumnType.TEKS, null, null, true, null, null, null,
						null, false),
				SCHEMA.get(1));
		ImportResult r = t.datastore.importTable(t.file("kec.csv", "Nama Kecamatan,Jumlah\nKec. Gabek,5\n"), schema, BABEL);
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(t.datastore.search(r.table(), Query.all(10)).records()).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("kode_wilayah", "19.71.06").containsEntry("nama_kecamatan",
					"Kec. Gabek"));
	}

	@Test
	void aWindows1252FileIsReadAgainBeforeMatching() {
		Path file = dir.resolve("cp1252.csv");
		try {
			java.nio.file.Files.write(file, "Kecamatan;Jumlah;Keterangan\nBukit Intan;1;caf\u00e9\n"
				.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		List<ColumnSpec> schema = List.of(SCHEMA.get(0), SCHEMA.get(1),
				ColumnSpec.of("keterangan", "Keterangan", ColumnType.TEKS));
		ImportResult r = t.datastore.importTable(file, schema, BABEL);
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(t.datastore.search(r.table(), Query.all(10)).records()).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("kode_wilayah", "19.71.01").containsEntry("keterangan", "caf\u00e9"));
	}

}
