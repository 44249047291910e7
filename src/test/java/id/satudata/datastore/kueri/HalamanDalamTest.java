package id.satudata.datastore.kueri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.TestEngine;

/**
 * Full-text and deep pages (found by row ids first, or read as a range of row numbers) give exactly
 * the rows, order and total of the one plain query they replace, written here by hand over the same
 * condition: several row groups, text in mixed case with LIKE's special characters, nulls, ties in
 * the sort, offsets at and past the end.
 */
class HalamanDalamTest {

	static final int ROWS = 300_000;

	@TempDir
	Path dir;

	TestEngine t;

	TableRef table;

	@BeforeEach
	void start() throws Exception {
		t = new TestEngine(dir);
		Path csv = dir.resolve("data.csv");
		String[] names = { "Kota Padang", "KABUPATEN agam", "Kab. 50%_Kota", "Solok\\Selatan", "Pariaman" };
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("nama,catatan,nilai\n");
			for (int i = 0; i < ROWS; i++) {
				w.write(names[i % names.length] + "," + (i % 7 == 0 ? "" : "baris " + (i % 1000)) + "," + (i % 13) + "\n");
			}
		}
		List<ColumnSpec> schema = List.of(ColumnSpec.of("nama", "Nama", ColumnType.TEKS),
				ColumnSpec.of("catatan", "Catatan", ColumnType.TEKS),
				ColumnSpec.of("nilai", "Nilai", ColumnType.BILANGAN_BULAT));
		ImportResult r = t.datastore.importTable(csv, schema, ImportOptions.defaults());
		assertThat(r.ok()).as(r.issues().toString()).isTrue();
		table = r.table();
	}

	@AfterEach
	void stop() throws Exception {
		t.close();
	}

	@Test
	void fullTextPagesAreThoseOfThePlainQuery() throws Exception {
		for (String q : List.of("kota", "KOTA", "50%_", "%", "_", "solok\\s", "baris 99", "tidak ada", "a")) {
			for (List<String> sort : List.of(List.<String>of(), List.of("nilai desc"), List.of("nilai", "nama desc"))) {
				for (long offset : new long[] { 0, 7, 1_500, 150_000, 299_990, 400_000 }) {
					same(new Query(null, null, q, sort, List.of(), false, 25, offset, true));
				}
			}
			same(new Query(Map.of("nilai", List.of(3)), null, q, List.of(), List.of("catatan"), false, 10, 2_000, true));
		}
	}

	@Test
	void deepPagesInTheTablesOrderAreThoseOfThePlainQuery() throws Exception {
		for (List<String> sort : List.of(List.<String>of(), List.of("_id"), List.of("_id asc"), List.of("_id desc"),
				List.of("nilai"))) {
			for (long offset : new long[] { 0, 1, 122_879, 122_880, 245_000, 299_999, 300_000, 1_000_000 }) {
				same(new Query(null, null, null, sort, List.of(), false, 100, offset, true));
				same(new Query(null, null, null, sort, List.of("nilai"), false, 0, offset, false));
			}
		}
		same(new Query(Map.of("nilai", List.of(5, 6)), null, null, List.of("nama"), List.of(), false, 50, 40_000, true));
	}

	/**
	 * The full-text match asked one column at a time finds what {@code ILIKE} finds, also for text
	 * whose lower case is not plain ASCII (dotted and dotless i, sharp s, final sigma, the Kelvin
	 * sign), for a KODE column, and for values that only match across two columns (never a match).
	 */
	@Test
	void fullTextOutsideAsciiIsThatOfIlike() throws Exception {
		Path csv = dir.resolve("unicode.csv");
		String[] names = { "İSTANBUL", "Istanbul", "ıstanbul", "STRASSE", "Straße", "ΟΔΟΣ", "οδος", "οδοσ", "200 \u212A", "200 K",
				"200 k", "Çamlık", "Ñandú", "x" };
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("nama,kode,nilai\n");
			for (int i = 0; i < 20_000; i++) {
				w.write(names[i % names.length] + "," + (i % 11 == 0 ? "" : "K-" + names[(i / 7) % names.length]) + ","
						+ i % 5 + "\n");
			}
		}
		ImportResult r = t.datastore.importTable(csv, List.of(ColumnSpec.of("nama", "Nama", ColumnType.TEKS),
				ColumnSpec.of("kode", "Kode", ColumnType.KODE), ColumnSpec.of("nilai", "Nilai", ColumnType.BILANGAN_BULAT)),
				ImportOptions.defaults());
		assertThat(r.ok()).as(r.issues().toString()).isTrue();
		table = r.table();
		for (String q : List.of("istanbul", "İstanbul", "ISTANBUL", "ı", "i̇", "straße", "STRASSE", "ss", "ΟΔΟΣ", "οδος",
				"ς", "σ", "k", "K", "k-ç", "ÇAMLIK", "ñ", "x,k", "xk-", "xK", " k ", "200 k")) {
			same(new Query(null, null, q, List.of(), List.of(), false, 30, 0, true));
			same(new Query(null, null, q, List.of("nilai desc"), List.of(), false, 30, 3_000, true));
			same(new Query(Map.of("nilai", List.of(2)), null, q, List.of(), List.of("kode"), false, 30, 0, true));
		}
	}

	/**
	 * With the release's {@link SearchText} written (text columns with a different value on most rows,
	 * stored without a dictionary, lower-cased once into a file of their own), the full-text pages and
	 * totals are still those of {@code ILIKE}: mixed case outside ASCII, nulls, a column stored with a
	 * dictionary beside them, values that only match across two columns, and a {@code q} holding the
	 * separator character (matched without the file).
	 */
	@Test
	void fullTextWithTheSearchTextIsThatOfIlike() throws Exception {
		Path csv = dir.resolve("unik.csv");
		String[] names = { "İSTANBUL", "Istanbul", "ıstanbul", "Straße", "ΟΔΟΣ", "οδοσ", "200 \u212A", "Çamlık", "Kota Padang" };
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("nama,kode,kategori,nilai\n");
			for (int i = 0; i < 40_000; i++) {
				w.write(names[i % names.length] + " " + Integer.toHexString(i * 7919) + "," + (i % 11 == 0 ? "" : "K-" + i) + ","
						+ (i % 3 == 0 ? "Sekolah" : "Pasar") + "," + i % 5 + "\n");
			}
		}
		ImportResult r = t.datastore.importTable(csv, List.of(ColumnSpec.of("nama", "Nama", ColumnType.TEKS),
				ColumnSpec.of("kode", "Kode", ColumnType.KODE), ColumnSpec.of("kategori", "Kategori", ColumnType.TEKS),
				ColumnSpec.of("nilai", "Nilai", ColumnType.BILANGAN_BULAT)), ImportOptions.defaults());
		assertThat(r.ok()).as(r.issues().toString()).isTrue();
		table = r.table();
		QueryEngine withSearchText = new QueryEngine(t.duck, t.store, t.temp, t.properties, 0);
		assertThat(withSearchText.awaitSearchText(table)).as("search text written").isTrue();
		for (String q : List.of("istanbul", "İstanbul", "ı", "straße", "ΟΔΟΣ", "ς", "σ", "k", "K-1", "k-39999", "5a",
				"padang 1", "sekolah", "asar", "g k-", "\u001f", "a\u001fk", "tidak ada")) {
			same(withSearchText, new Query(null, null, q, List.of(), List.of(), false, 30, 0, true));
			same(withSearchText, new Query(null, null, q, List.of(), List.of(), false, 30, 1_500, true));
			same(withSearchText, new Query(null, null, q, List.of("nilai desc"), List.of(), false, 30, 2_000, true));
			same(withSearchText, new Query(Map.of("nilai", List.of(2)), null, q, List.of(), List.of("kode"), false, 30, 0,
					true));
		}
		withSearchText.forget(table);
		same(withSearchText, new Query(null, null, "istanbul", List.of(), List.of(), false, 30, 0, true));
	}

	/** A large release's search text is written right after its import, before any search asks for it. */
	@Test
	void theSearchTextIsWrittenAfterTheImport() throws Exception {
		Path csv = dir.resolve("besar.csv");
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("nama,nilai\n");
			for (int i = 0; i < 60_000; i++) {
				w.write("Desa " + Integer.toHexString(i * 7919) + "," + i % 5 + "\n");
			}
		}
		ImportResult r = t.datastore.importTable(csv, List.of(ColumnSpec.of("nama", "Nama", ColumnType.TEKS),
				ColumnSpec.of("nilai", "Nilai", ColumnType.BILANGAN_BULAT)), ImportOptions.defaults());
		assertThat(r.ok()).as(r.issues().toString()).isTrue();
		table = r.table();
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (!t.engine.searchTextWritten(table) && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(t.engine.searchTextWritten(table)).as("search text written without a search").isTrue();
		same(new Query(null, null, "desa 1f", List.of(), List.of(), false, 30, 0, true));
	}

	private void same(Query query) throws Exception {
		same(t.engine, query);
	}

	private void same(QueryEngine engine, Query query) throws Exception {
		QueryResult got = engine.search(table, query);
		assertThat(got.records()).as(query.toString()).isEqualTo(plain(query));
		if (query.includeTotal()) {
			assertThat(got.total()).as(query.toString()).isEqualTo(plainTotal(query));
		}
	}

	/** The page as the single query before: condition, order by the sort then _id, limit, offset. */
	private List<Map<String, Object>> plain(Query query) throws Exception {
		QueryEngine.Sql where = t.engine.where(table, query);
		List<ColumnSpec> fields = t.engine.fields(table, query.fields());
		List<String> order = new ArrayList<>();
		query.sort().forEach(s -> order.add(s + " NULLS LAST"));
		order.add("_id");
		String sql = "SELECT _id, " + String.join(", ", fields.stream().map(ColumnSpec::name).toList()) + " FROM "
				+ t.engine.source(table) + where.text() + " ORDER BY " + String.join(", ", order) + " LIMIT "
				+ query.limit() + " OFFSET " + query.offset();
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Connection c = t.duck.connection();
				PreparedStatement ps = QueryEngine.prepare(c, sql, where.params());
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("_id", rs.getLong(1));
				for (int i = 0; i < fields.size(); i++) {
					row.put(fields.get(i).name(), QueryEngine.value(rs.getObject(i + 2)));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private long plainTotal(Query query) throws Exception {
		QueryEngine.Sql where = t.engine.where(table, query);
		try (Connection c = t.duck.connection();
				PreparedStatement ps = QueryEngine.prepare(c, "SELECT count(*) FROM " + t.engine.source(table)
						+ where.text(), where.params());
				ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
