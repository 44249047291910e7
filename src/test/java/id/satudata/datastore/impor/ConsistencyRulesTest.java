package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Severity;
import id.satudata.datastore.TableRule;
import id.satudata.datastore.internal.TestEngine;

/** "A column equals the sum of columns" and "a total row equals the sum of its rows", with tolerances. */
class ConsistencyRulesTest {

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

	static final String HEADER = "kecamatan;laki_laki;perempuan;jumlah\n";

	static TableRule sum(String tolerance) {
		return new TableRule.SumOfParts("jumlah", "uji.jumlah", Severity.GALAT, "jumlah", List.of("laki_laki", "perempuan"),
				new BigDecimal(tolerance));
	}

	static TableRule totalRow(Severity severity, String tolerance) {
		return new TableRule.TotalRows("barisJumlah", "uji.barisJumlah", severity, "jumlah", new BigDecimal(tolerance));
	}

	long storedFiles() throws Exception {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
			return files.filter(p -> p.toString().endsWith(".parquet") || p.getFileName().toString().matches("[0-9a-f-]{36}"))
				.count();
		}
	}

	@Test
	void aJumlahOffFromItsPartsNamesRowColumnExpectedAndFound() {
		ImportResult r = t.datastore.importTable(t.file("j.csv", HEADER + "Bukit Intan;18.400;17.900;36.300\n"
				+ "Taman Sari;6.000;6.120;13.120\n"), ImportPipelineTest.KECAMATAN, List.of(sum("0")), ImportOptions.defaults());
		assertThat(r.ok()).isFalse();
		assertThat(r.issues()).singleElement().satisfies(i -> {
			assertThat(i.row()).isEqualTo(3);
			assertThat(i.column()).isEqualTo("jumlah");
			assertThat(i.value()).isEqualTo("13120");
			assertThat(i.args()).containsExactly("Jumlah", "Laki-laki + Perempuan", 12120.0, 13120.0, 1000.0);
		});
	}

	@Test
	void aJumlahWithinTheToleranceePasses() {
		ImportResult r = t.datastore.importTable(t.file("j.csv", HEADER + "Bukit Intan;18.400;17.900;36.302\n"),
				ImportPipelineTest.KECAMATAN, List.of(sum("2")), ImportOptions.defaults());
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		ImportResult beyond = t.datastore.importTable(t.file("j.csv", HEADER + "Bukit Intan;18.400;17.900;36.303\n"),
				ImportPipelineTest.KECAMATAN, List.of(sum("2")), ImportOptions.defaults());
		assertThat(beyond.ok()).isFalse();
	}

	static final String WITH_TOTAL = HEADER + "Bukit Intan;18.400;17.900;36.300\nTaman Sari;6.000;6.120;12.120\n"
			+ "Jumlah;24.400;24.020;%s\n";

	@Test
	void aTotalRowWithinItsColumnsToleranceIsNotReported() {
		ImportResult r = t.datastore.importTable(t.file("t.csv", WITH_TOTAL.formatted("48.425")), ImportPipelineTest.KECAMATAN,
				List.of(totalRow(Severity.GALAT, "5")), ImportOptions.defaults());
		assertThat(r.ok()).isTrue();
		assertThat(r.issues()).isEmpty();
		// without the rule the same row is a warning (only rounding allowed)
		ImportResult plain = t.datastore.importTable(t.file("t.csv", WITH_TOTAL.formatted("48.425")),
				ImportPipelineTest.KECAMATAN, ImportOptions.defaults());
		assertThat(plain.ok()).isTrue();
		assertThat(plain.issueCounts()).containsEntry("barisJumlah/PERINGATAN", 1L);
	}

	@Test
	void aTotalRowBeyondAnErrorRulesToleranceStopsTheImportAndStoresNothing() throws Exception {
		long before = storedFiles();
		ImportResult r = t.datastore.importTable(t.file("t.csv", WITH_TOTAL.formatted("49.420")), ImportPipelineTest.KECAMATAN,
				List.of(totalRow(Severity.GALAT, "5")), ImportOptions.defaults());
		assertThat(r.ok()).isFalse();
		assertThat(r.table()).isNull();
		assertThat(r.errorCount()).isEqualTo(1);
		assertThat(r.issueCounts()).containsEntry("barisJumlah/GALAT", 1L);
		assertThat(r.issues()).singleElement().satisfies(i -> {
			assertThat(i.row()).isEqualTo(4);
			assertThat(i.column()).isEqualTo("jumlah");
			assertThat(i.messageKey()).isEqualTo("uji.barisJumlah");
			assertThat(i.args()).containsExactly("Jumlah", "Jumlah", "49.420", "48.420", 2L);
		});
		assertThat(storedFiles()).isEqualTo(before);
		// as a warning rule it is reported but the table is kept
		ImportResult warned = t.datastore.importTable(t.file("t.csv", WITH_TOTAL.formatted("49.420")),
				ImportPipelineTest.KECAMATAN, List.of(totalRow(Severity.PERINGATAN, "5")), ImportOptions.defaults());
		assertThat(warned.ok()).isTrue();
		assertThat(warned.warningCount()).isEqualTo(1);
	}

}
