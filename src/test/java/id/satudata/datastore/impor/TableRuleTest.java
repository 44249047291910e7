package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.Severity;
import id.satudata.datastore.TableDiff;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.datastore.internal.TestEngine;

/** Rules over a whole table (coverage, completeness, totals, change), stored reports, and diffs. */
class TableRuleTest {

	@TempDir
	java.nio.file.Path dir;

	TestEngine t;

	@BeforeEach
	void start() {
		t = new TestEngine(dir);
	}

	@AfterEach
	void stop() throws Exception {
		t.close();
	}

	static final List<ColumnSpec> SCHEMA = List.of(
			new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null, true),
			new ColumnSpec("tahun", "Tahun", ColumnType.BILANGAN_BULAT, null, null, true, null, null, null, null, true),
			ColumnSpec.of("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT),
			ColumnSpec.of("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT),
			ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT));

	/** The kab/kota of Kepulauan Bangka Belitung. */
	static final Map<String, String> BABEL = new LinkedHashMap<>();
	static {
		BABEL.put("19.01", "Kab. Bangka");
		BABEL.put("19.02", "Kab. Belitung");
		BABEL.put("19.03", "Kab. Bangka Barat");
		BABEL.put("19.71", "Kota Pangkal Pinang");
	}

	static TableRule cakupan(Severity s) {
		return new TableRule.AllowedCodes("cakupan", "uji.cakupan", s, "kode_wilayah", BABEL.keySet(), List.of("Babel"));
	}

	static TableRule lengkap(Severity s) {
		return new TableRule.Complete("kelengkapan", "uji.lengkap", s, "kode_wilayah", BABEL, List.of("tahun"));
	}

	static TableRule jumlah(Severity s) {
		return new TableRule.SumOfParts("jumlah", "uji.jumlah", s, "jumlah", List.of("laki_laki", "perempuan"), BigDecimal.ZERO);
	}

	@Test
	void cleanFilesPassEveryRuleOnTheFastPath() {
		String csv = """
				kode_wilayah,tahun,laki_laki,perempuan,jumlah
				19.01,2024,10,20,30
				19.02,2024,1,2,3
				19.03,2024,5,5,10
				19.71,2024,7,3,10
				""";
		ImportResult r = t.datastore.importTable(t.file("ok.csv", csv), SCHEMA,
				List.of(cakupan(Severity.GALAT), lengkap(Severity.GALAT), jumlah(Severity.GALAT)), ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.issues()).isEmpty();
		assertThat(r.table().rows()).isEqualTo(4);
	}

	@Test
	void errorsStopTheImportAndSayWhereWithTheRowTheUserSees() {
		// a quoted line break in row 2 shifts the physical lines after it
		String csv = """
				kode_wilayah,tahun,laki_laki,perempuan,jumlah
				19.01,2024,10,20,"3
				0"
				13.71,2024,1,2,3
				19.03,2024,5,5,11
				""";
		ImportResult r = t.datastore.importTable(t.file("bad.csv", csv), SCHEMA,
				List.of(cakupan(Severity.GALAT), lengkap(Severity.GALAT), jumlah(Severity.GALAT)), ImportOptions.defaults());
		assertThat(r.table()).isNull();
		assertThat(r.issues()).extracting(ImportIssue::rule, ImportIssue::row, ImportIssue::column, ImportIssue::value,
				ImportIssue::severity)
			.contains(tuple("cakupan", 4L, "kode_wilayah", "13.71", Severity.GALAT),
					tuple("jumlah", 5L, "jumlah", "11", Severity.GALAT),
					tuple("kelengkapan", 0L, "kode_wilayah", "19.02", Severity.GALAT),
					tuple("kelengkapan", 0L, "kode_wilayah", "19.71", Severity.GALAT));
		ImportIssue missing = r.issues().stream().filter(i -> "19.71".equals(i.value())).findFirst().orElseThrow();
		assertThat(missing.args()).containsExactly("Kota Pangkal Pinang", "Tahun = 2024");
		assertThat(r.issueCounts()).containsEntry("cakupan/GALAT", 1L).containsEntry("kelengkapan/GALAT", 2L);
	}

	@Test
	void warningsAreReportedButTheTableIsStored() {
		String csv = """
				kode_wilayah,tahun,laki_laki,perempuan,jumlah
				19.01,2024,10,20,31
				19.02,2024,1,2,3
				""";
		ImportResult r = t.datastore.importTable(t.file("w.csv", csv), SCHEMA,
				List.of(jumlah(Severity.PERINGATAN), lengkap(Severity.PERINGATAN)), ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.table()).isNotNull();
		assertThat(r.warningCount()).isEqualTo(3);
		assertThat(r.issues()).extracting(ImportIssue::rule, ImportIssue::row)
			.contains(tuple("jumlah", 2L), tuple("kelengkapan", 0L));
	}

	@Test
	void changesAgainstThePreviousReleaseBeyondTheLimitAreFlagged() {
		String before = """
				kode_wilayah,tahun,laki_laki,perempuan,jumlah
				19.01,2024,100,100,200
				19.02,2024,50,50,100
				""";
		TableRef previous = t.datastore.importTable(t.file("v1.csv", before), SCHEMA, ImportOptions.defaults()).table();
		String now = """
				kode_wilayah,tahun,laki_laki,perempuan,jumlah
				19.01,2024,101,99,200
				19.02,2024,90,50,140
				19.03,2024,5,5,10
				""";
		TableRule change = new TableRule.ChangeLimit("perubahan", "uji.perubahan", Severity.PERINGATAN, previous,
				List.of("kode_wilayah", "tahun"), List.of("laki_laki", "jumlah"), new BigDecimal("0.2"));
		ImportResult r = t.datastore.importTable(t.file("v2.csv", now), SCHEMA, List.of(change), ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(tuple(3L, "jumlah", "140"), tuple(3L, "laki_laki", "90"));
		assertThat(r.issues().get(1).args()).containsExactly("Laki-laki", 50.0, 80.0);

		TableDiff diff = t.datastore.diff(previous, r.table(), List.of("kode_wilayah", "tahun"), 10);
		assertThat(diff.added()).isEqualTo(1);
		assertThat(diff.removed()).isZero();
		assertThat(diff.changed()).isEqualTo(2);
		assertThat(diff.unchanged()).isZero();
		TableDiff.Row changed = diff.samples().stream().filter(x -> x.kind() == TableDiff.Kind.CHANGED
				&& "19.02".equals(x.key().get("kode_wilayah"))).findFirst().orElseThrow();
		assertThat(changed.changedColumns()).containsExactly("laki_laki", "jumlah");
		assertThat(changed.before()).containsEntry("laki_laki", 50L);
		assertThat(changed.after()).containsEntry("laki_laki", 90L);
		// the largest relative changes over every changed cell, largest first
		assertThat(diff.largest()).extracting(c -> c.key().get("kode_wilayah"), TableDiff.Change::column,
				TableDiff.Change::before, TableDiff.Change::after)
			.containsExactly(tuple("19.02", "laki_laki", 50L, 90L), tuple("19.02", "jumlah", 100L, 140L),
					tuple("19.01", "laki_laki", 100L, 101L), tuple("19.01", "perempuan", 100L, 99L));
		assertThat(diff.largest().get(0).percent()).isCloseTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(diff.largest().get(3).percent()).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void aLongReportIsStoredAndPagedFromDisk() {
		StringBuilder csv = new StringBuilder("kode_wilayah,tahun,laki_laki,perempuan,jumlah\n");
		IntStream.range(0, 5000).forEach(i -> csv.append("19.01,").append(2000 + i).append(",1,1,3\n"));
		ImportResult r = t.datastore.importTable(t.file("many.csv", csv.toString()), SCHEMA,
				List.of(jumlah(Severity.GALAT)), ImportOptions.defaults().withIssuesPerRule(100_000));
		assertThat(r.errorCount()).isEqualTo(5000);
		assertThat(r.issues()).hasSize(5000);
		TableRef report = t.datastore.storeIssues(r.issues());
		assertThat(report.rows()).isEqualTo(5000);
		QueryResult page = t.datastore.search(report, new Query(Map.of("aturan", List.of("jumlah")), Map.of(), null,
				List.of("baris"), List.of(), false, 50, 100, true));
		assertThat(page.total()).isEqualTo(5000);
		assertThat(page.records()).hasSize(50);
		assertThat(page.records().get(0)).containsEntry("baris", 102L).containsEntry("tingkat", "GALAT")
			.containsEntry("pesan", "uji.jumlah");
		assertThat(String.valueOf(page.records().get(0).get("argumen"))).isEqualTo("[\"Jumlah\",\"Laki-laki + Perempuan\",2.0,3.0,1.0]");
		assertThat(Set.copyOf(r.issueCounts().keySet())).containsExactly("jumlah/GALAT");
	}

}
