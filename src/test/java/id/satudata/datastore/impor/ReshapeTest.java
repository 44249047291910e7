package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
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
import id.satudata.datastore.Reshape;

/**
 * Wide to long and back: the shape is proposed from the schema and the file's header, applied only once
 * confirmed, and findings point at the cells the user wrote.
 */
class ReshapeTest extends EngineTest {

	static final List<ColumnSpec> LONG = List.of(
			new ColumnSpec("kode_wilayah", "Kode Wilayah", ColumnType.KODE, null, "wilayah", true, null, null, null, null,
					true),
			new ColumnSpec("tahun", "Tahun", ColumnType.BILANGAN_BULAT, null, null, true, new BigDecimal("2000"),
					new BigDecimal("2100"), null, null, true),
			new ColumnSpec("nilai", "Nilai", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null, null,
					NumberFormat.INDONESIA, false));

	static final String WIDE = """
			Jumlah Penduduk menurut Kecamatan
			Kecamatan;2021;2022;2023
			Bukit Intan;18.400;18.650;19.010
			Rangkui;21.333;banyak;21.900
			Jumlah;39.733;39.650;40.910
			""";

	static final ImportOptions BABEL = ImportOptions.defaults().withNames(new NameMatching("19.71", Map.of()));

	static Reshape proposal(ImportResult r) {
		return Reshape.fromIssues(r.issues().stream().filter(i -> Reshape.RULE.equals(i.rule()))
			.map(i -> new String[] { i.column(), i.value() }).toList());
	}

	@Test
	void aWideTableOfYearsIsProposedAsRowsAndAppliedOnceConfirmed() {
		Path file = t.file("lebar.csv", WIDE);
		ImportResult first = t.datastore.importTable(file, LONG, BABEL);
		assertThat(first.ok()).as(first.issues().toString() + first.file()).isFalse();
		assertThat(proposal(first)).as(first.issues().toString() + first.file()).isNotNull();
		assertThat(first.table()).isNull();
		Reshape r = proposal(first);
		assertThat(r).isNotNull();
		assertThat(r.direction()).isEqualTo(Reshape.Direction.WIDE_TO_LONG);
		assertThat(r.category()).isEqualTo("tahun");
		assertThat(r.value()).isEqualTo("nilai");
		assertThat(r.columns()).containsExactly(Map.entry("2021", "2021"), Map.entry("2022", "2022"),
				Map.entry("2023", "2023"));
		// the header's own findings stay beside the proposal
		assertThat(first.issues()).extracting(ImportIssue::rule).contains("header");

		// confirmed: the bad cell is reported on its row and its year's column, nothing stored
		ImportResult bad = t.datastore.importTable(file, LONG, BABEL.withReshape(r));
		assertThat(bad.table()).isNull();
		assertThat(bad.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(tuple(4L, "2022", "banyak"));

		ImportResult good = t.datastore.importTable(t.file("lebar-benar.csv", WIDE.replace("banyak", "21.000")), LONG,
				BABEL.withReshape(r));
		assertThat(good.issues()).isEmpty();
		assertThat(good.rows()).isEqualTo(6);
		assertThat(t.datastore.search(good.table(), Query.all(10)).records())
			.extracting(m -> m.get("kode_wilayah"), m -> m.get("tahun"), m -> m.get("nilai"))
			.containsExactly(tuple("19.71.01", 2021L, 18400L), tuple("19.71.01", 2022L, 18650L),
					tuple("19.71.01", 2023L, 19010L), tuple("19.71.04", 2021L, 21333L), tuple("19.71.04", 2022L, 21000L),
					tuple("19.71.04", 2023L, 21900L));
	}

	@Test
	void aWideTablesTotalRowIsCheckedPerYearColumnBeforeItBecomesRows() {
		Reshape r = proposal(t.datastore.importTable(t.file("lebar.csv", WIDE), LONG, BABEL));
		// 18.400 + 21.333 = 39.733 and 18.650 + 21.000 = 39.650 add up; 19.010 + 21.900 = 40.910 is written 40.000
		ImportResult off = t.datastore.importTable(
				t.file("lebar-jumlah.csv", WIDE.replace("banyak", "21.000").replace("40.910", "40.000")), LONG,
				BABEL.withReshape(r));
		assertThat(off.ok()).isTrue();
		assertThat(off.rows()).isEqualTo(6);
		assertThat(off.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::rule)
			.containsExactly(tuple(5L, "2023", "40.000", "barisJumlah"));
		assertThat(off.issues().get(0).args()).containsExactly("2023", "Jumlah", "40.000", "40.910", 2L);
	}

	@Test
	void aLongFilesTotalRowsAreCheckedPerCategoryBeforeTheyBecomeColumns() {
		String content = """
				kecamatan;jenis_kelamin;nilai
				Bukit Intan;Laki-laki;18.400
				Bukit Intan;Perempuan;17.900
				Taman Sari;Laki-laki;6.000
				Taman Sari;Perempuan;6.120
				Jumlah;Laki-laki;24.400
				Jumlah;Perempuan;24.000
				""";
		Path file = t.file("panjang-jumlah.csv", content);
		Reshape r = proposal(t.datastore.importTable(file, WIDE_SCHEMA, ImportOptions.defaults()));
		assertThat(r.direction()).isEqualTo(Reshape.Direction.LONG_TO_WIDE);
		ImportResult off = t.datastore.importTable(file, WIDE_SCHEMA, ImportOptions.defaults().withReshape(r));
		assertThat(off.ok()).isTrue();
		assertThat(off.rows()).isEqualTo(2);
		// Laki-laki adds up (24.400); Perempuan is 24.020, not 24.000
		assertThat(off.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::rule)
			.containsExactly(tuple(7L, "nilai", "24.000", "barisJumlah"));
		assertThat(off.issues().get(0).args()).containsExactly("Perempuan", "Jumlah", "24.000", "24.020", 4L);
	}

	static final List<ColumnSpec> BY_SEX = List.of(
			new ColumnSpec("kecamatan", "Kecamatan", ColumnType.TEKS, null, null, true, null, null, null, null, true),
			new ColumnSpec("jenis_kelamin", "Jenis kelamin", ColumnType.TEKS, null, null, true, null, null, null, null,
					true),
			new ColumnSpec("penduduk", "Penduduk", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false));

	@Test
	void categoriesUnderAMergedHeaderBecomeRowsAndTheirTotalColumnIsLeftOut() {
		Path file = t.file("kelamin.csv", """
				Kecamatan;Jumlah Penduduk Laki-laki;Jumlah Penduduk Perempuan;Jumlah Penduduk Jumlah
				Bukit Intan;18.400;17.900;36.300
				Taman Sari;6.000;6.120;12.120
				""");
		Reshape r = proposal(t.datastore.importTable(file, BY_SEX, ImportOptions.defaults()));
		assertThat(r.columns()).containsExactly(Map.entry("Jumlah Penduduk Laki-laki", "Laki-laki"),
				Map.entry("Jumlah Penduduk Perempuan", "Perempuan"));
		assertThat(r.dropped()).containsExactly("Jumlah Penduduk Jumlah");
		ImportResult ok = t.datastore.importTable(file, BY_SEX, ImportOptions.defaults().withReshape(r));
		assertThat(ok.issues()).isEmpty();
		assertThat(t.datastore.search(ok.table(), Query.all(10)).records())
			.extracting(m -> m.get("kecamatan"), m -> m.get("jenis_kelamin"), m -> m.get("penduduk"))
			.containsExactly(tuple("Bukit Intan", "Laki-laki", 18400L), tuple("Bukit Intan", "Perempuan", 17900L),
					tuple("Taman Sari", "Laki-laki", 6000L), tuple("Taman Sari", "Perempuan", 6120L));
	}

	static final List<ColumnSpec> WIDE_SCHEMA = List.of(
			new ColumnSpec("kecamatan", "Kecamatan", ColumnType.TEKS, null, null, true, null, null, null, null, true),
			new ColumnSpec("laki_laki", "Laki-laki", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false),
			new ColumnSpec("perempuan", "Perempuan", ColumnType.BILANGAN_BULAT, "jiwa", null, true, BigDecimal.ZERO, null,
					null, NumberFormat.INDONESIA, false));

	@Test
	void aLongFileIsSpreadOverAWideSchemaWithFindingsOnTheOriginalRows() {
		String content = """
				kecamatan;jenis_kelamin;nilai
				Bukit Intan;Laki-laki;18.400
				Bukit Intan;Perempuan;17.900
				Bukit Intan;Jumlah;36.300
				Taman Sari;Laki-laki;6.000
				Taman Sari;Perempuan;-5
				""";
		Path file = t.file("panjang.csv", content);
		Reshape r = proposal(t.datastore.importTable(file, WIDE_SCHEMA, ImportOptions.defaults()));
		assertThat(r.direction()).isEqualTo(Reshape.Direction.LONG_TO_WIDE);
		assertThat(r.category()).isEqualTo("jenis_kelamin");
		assertThat(r.value()).isEqualTo("nilai");
		assertThat(r.columns()).containsExactly(Map.entry("Laki-laki", "laki_laki"), Map.entry("Perempuan", "perempuan"));
		assertThat(r.dropped()).containsExactly("Jumlah");

		// the negative count is reported on the file's row 6, column nilai
		ImportResult bad = t.datastore.importTable(file, WIDE_SCHEMA, ImportOptions.defaults().withReshape(r));
		assertThat(bad.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
			.containsExactly(tuple(6L, "nilai", "-5"));

		ImportResult ok = t.datastore.importTable(t.file("panjang-benar.csv", content.replace("-5", "6.120")),
				WIDE_SCHEMA, ImportOptions.defaults().withReshape(r));
		assertThat(ok.issues()).isEmpty();
		assertThat(t.datastore.search(ok.table(), Query.all(10)).records())
			.extracting(m -> m.get("kecamatan"), m -> m.get("laki_laki"), m -> m.get("perempuan"))
			.containsExactly(tuple("Bukit Intan", 18400L, 17900L), tuple("Taman Sari", 6000L, 6120L));

		// a category written twice for one kecamatan names both rows
		ImportResult twice = t.datastore.importTable(t.file("ganda.csv", content.replace("Jumlah;36.300", "Laki-laki;1")),
				WIDE_SCHEMA, ImportOptions.defaults().withReshape(r));
		assertThat(twice.issues()).extracting(ImportIssue::row, ImportIssue::rule, ImportIssue::value)
			.containsExactly(tuple(4L, Reshape.RULE, "Laki-laki"));
		assertThat(twice.issues().get(0).args()).containsExactly("Laki-laki", 2L);
	}

	@Test
	void aFileThatMatchesTheSchemaIsNotReshapedAndAnotherHeaderProposesNothing() {
		ImportResult plain = t.datastore.importTable(t.file("biasa.csv", """
				kode_wilayah;tahun;nilai
				19.71.01;2023;19.010
				"""), LONG, ImportOptions.defaults());
		assertThat(plain.issues()).isEmpty();
		ImportResult other = t.datastore.importTable(t.file("lain.csv", """
				kode_wilayah;warna;bentuk
				19.71.01;merah;bulat
				"""), LONG, ImportOptions.defaults());
		assertThat(other.issues()).extracting(ImportIssue::rule).containsOnly("header");
	}

}
