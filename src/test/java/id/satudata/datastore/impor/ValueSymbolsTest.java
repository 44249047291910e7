package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.ValueSymbol;
import id.satudata.datastore.internal.TestEngine;

/** BPS value symbols and units written in number cells, read by an import. */
class ValueSymbolsTest {

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
			new ColumnSpec("kecamatan", "Kecamatan", ColumnType.TEKS, null, null, true, null, null, null, null, true),
			new ColumnSpec("penduduk", "Penduduk", ColumnType.BILANGAN_BULAT, "jiwa", null, true, null, null, null,
					NumberFormat.INDONESIA, false),
			new ColumnSpec("persen", "Persentase", ColumnType.DESIMAL, "%", null, false, null, null, null,
					NumberFormat.INDONESIA, false));

	private ImportResult load(String... rows) {
		return t.datastore.importTable(t.file("s.csv", "kecamatan;penduduk;persen\n" + String.join("\n", rows) + "\n"),
				SCHEMA, ImportOptions.defaults());
	}

	/** Stored value of each row's column, in file order. */
	private List<Object> values(ImportResult r, String column) {
		List<Object> out = new ArrayList<>();
		t.datastore.search(r.table(), Query.all(100)).records().forEach(m -> out.add(m.get(column)));
		return out;
	}

	@Test
	void aDashIsNihilStoredAsZeroAndCounted() {
		ImportResult r = load("A;-;1,5", "B;–;—", "C;10;2");
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(values(r, "penduduk")).containsExactly(0L, 0L, 10L);
		assertThat(values(r, "persen")).containsExactly(1.5, 0.0, 2.0);
		assertThat(r.symbols().count("penduduk", ValueSymbol.NIHIL)).isEqualTo(2);
		assertThat(r.symbols().count("persen", ValueSymbol.NIHIL)).isEqualTo(1);
		assertThat(r.symbols().cells()).as("nihil is not flagged cell by cell").isEmpty();
	}

	@Test
	void anEllipsisIsDataNotAvailableStoredEmptyEvenInARequiredColumn() {
		ImportResult r = load("A;…;1", "B;...;2", "C;5;…");
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		List<Object> penduduk = values(r, "penduduk");
		assertThat(penduduk.get(0)).isNull();
		assertThat(penduduk.get(1)).isNull();
		assertThat(penduduk.get(2)).isEqualTo(5L);
		assertThat(r.symbols().count("penduduk", ValueSymbol.TIDAK_TERSEDIA)).isEqualTo(2);
		assertThat(r.symbols().count("persen", ValueSymbol.TIDAK_TERSEDIA)).isEqualTo(1);
	}

	@Test
	void anXIsConfidentialStoredEmptyAndItsCellFlagged() {
		ImportResult r = load("A;12;1", "B;x;2", "C;X;x");
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(values(r, "penduduk").get(1)).isNull();
		assertThat(r.symbols().count("penduduk", ValueSymbol.DIRAHASIAKAN)).isEqualTo(2);
		assertThat(r.symbols().cells()).extracting(SymbolSummary.Cell::row, SymbolSummary.Cell::column,
				SymbolSummary.Cell::symbol).containsExactly(tuple(2L, "penduduk", ValueSymbol.DIRAHASIAKAN),
						tuple(3L, "penduduk", ValueSymbol.DIRAHASIAKAN), tuple(3L, "persen", ValueSymbol.DIRAHASIAKAN));
	}

	@Test
	void anEOrStarAfterANumberIsProvisionalTheNumberKeptAndFlagged() {
		ImportResult r = load("A;1.234e;1,5*", "B;2.000 *;2", "C;e;3", "D;7;4");
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(values(r, "penduduk")).containsExactly(1234L, 2000L, null, 7L);
		assertThat(values(r, "persen")).containsExactly(1.5, 2.0, 3.0, 4.0);
		assertThat(r.symbols().count("penduduk", ValueSymbol.SEMENTARA)).isEqualTo(3);
		assertThat(r.symbols().count("persen", ValueSymbol.SEMENTARA)).isEqualTo(1);
		assertThat(r.symbols().flag(1, "persen")).contains(ValueSymbol.SEMENTARA);
		assertThat(r.symbols().flag(4, "penduduk")).isEmpty();
	}

	@Test
	void theSummaryIsStoredWithTheTableAndReadBack() {
		ImportResult r = load("A;-;x", "B;1.234e;…", "C;5;6");
		SymbolSummary stored = t.datastore.symbols(r.table());
		assertThat(stored).isEqualTo(r.symbols());
		assertThat(stored.used()).containsExactly(ValueSymbol.NIHIL, ValueSymbol.TIDAK_TERSEDIA, ValueSymbol.DIRAHASIAKAN,
				ValueSymbol.SEMENTARA);
		ImportResult plain = load("A;1;2");
		assertThat(t.datastore.symbols(plain.table())).isEqualTo(SymbolSummary.NONE);
	}

	@Test
	void theColumnsUnitWrittenInACellIsStripped() {
		ImportResult r = load("A;18.400 jiwa;12 %", "B;3.100 Jiwa;7,5%", "C;20;4 persen");
		assertThat(r.ok()).as("%s", r.issues()).isTrue();
		assertThat(values(r, "penduduk")).containsExactly(18400L, 3100L, 20L);
		assertThat(values(r, "persen")).containsExactly(12.0, 7.5, 4.0);
		assertThat(r.symbols().isEmpty()).isTrue();
	}

	@Test
	void anotherUnitIsAnErrorThatNamesTheColumnsUnit() {
		ImportResult r = load("A;18.400 orang;1", "B;abc;2");
		assertThat(r.ok()).isFalse();
		assertThat(r.table()).isNull();
		assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::rule,
				ImportIssue::messageKey).containsExactly(
						tuple(2L, "penduduk", "18.400 orang", "satuan", "datastore.galat.satuan"),
						tuple(3L, "penduduk", "abc", "tipe", "datastore.galat.tipe.BILANGAN_BULAT"));
		assertThat(r.issues().get(0).args()).containsExactly("Penduduk", "jiwa");
	}

	@Test
	void aColumnWithSymbolsOffRefusesThem() {
		List<ColumnSpec> off = SCHEMA.stream().map(c -> c.withSymbols(false)).toList();
		ImportResult r = t.datastore.importTable(t.file("o.csv", "kecamatan;penduduk;persen\nA;-;x\nB;18.400 jiwa;1\n"), off,
				ImportOptions.defaults());
		assertThat(r.ok()).isFalse();
		Map<String, String> rules = new HashMap<>();
		r.issues().forEach(i -> rules.put(i.row() + " " + i.column(), i.rule()));
		assertThat(rules).containsEntry("2 penduduk", "tipe").containsEntry("2 persen", "tipe");
		assertThat(rules).doesNotContainKey("3 penduduk");
	}

}
