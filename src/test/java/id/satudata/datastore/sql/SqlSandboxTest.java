package id.satudata.datastore.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.datastore.internal.TestEngine;

/**
 * datastore_search_sql with good queries and hostile ones: stacked statements, table functions
 * that read files or run SQL from strings, other tables, settings, extensions, runaway queries.
 */
class SqlSandboxTest {

	static final String PUBLIC = "5f1b8a2c-0000-4000-8000-000000000001";
	static final String PRIVATE = "5f1b8a2c-0000-4000-8000-000000000002";

	@TempDir
	Path dir;

	TestEngine t;
	TableRef open;
	TableRef secret;
	Path secretFile;

	@BeforeEach
	void start() throws Exception {
		t = new TestEngine(dir, new DatastoreProperties(null, 2, null, null, null, Duration.ofSeconds(2), 1000,
				DataSize.ofMegabytes(128), null, null));
		List<ColumnSpec> schema = List.of(ColumnSpec.of("kode", "Kode", ColumnType.KODE),
				ColumnSpec.of("jumlah", "Jumlah", ColumnType.BILANGAN_BULAT));
		open = t.datastore.importTable(t.file("a.csv", "kode,jumlah\n19.01,10\n19.02,20\n19.71,30\n"), schema,
				ImportOptions.defaults()).table();
		secret = t.datastore.importTable(t.file("b.csv", "kode,jumlah\nRAHASIA,999\n"), schema, ImportOptions.defaults())
			.table();
		secretFile = Files.writeString(dir.resolve("rahasia.txt"), "kata sandi basis data");
	}

	@AfterEach
	void stop() throws Exception {
		t.close();
	}

	QueryResult run(String sql) {
		return t.sandbox.run(sql, Map.of(PUBLIC, open));
	}

	@Test
	void goodQueriesRun() {
		QueryResult r = run("SELECT kode, jumlah * 2 AS dua_kali FROM \"" + PUBLIC + "\" WHERE jumlah >= 20 ORDER BY kode");
		assertThat(r.records()).extracting(m -> m.get("kode")).containsExactly("19.02", "19.71");
		assertThat(r.records().get(0)).containsEntry("dua_kali", 40L);
		QueryResult agg = run("WITH x AS (SELECT * FROM \"" + PUBLIC + "\") SELECT count(*) AS n, sum(jumlah) AS total, "
				+ "round(avg(jumlah), 1) AS rata FROM x");
		assertThat(agg.records().get(0)).containsEntry("n", 3L).containsEntry("total", 60L);
		QueryResult window = run("SELECT kode, rank() OVER (ORDER BY jumlah DESC) AS peringkat FROM \"" + PUBLIC
				+ "\" WHERE upper(kode) LIKE '19.%'");
		assertThat(window.records()).hasSize(3);
		QueryResult joined = run("SELECT a.kode FROM \"" + PUBLIC + "\" a JOIN (SELECT kode FROM \"" + PUBLIC
				+ "\" WHERE jumlah > 10) b ON a.kode = b.kode UNION ALL SELECT 'x'");
		assertThat(joined.records()).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// stacked statements, DDL, DML, settings, attach, export, copy
			"SELECT 1; DROP TABLE x", "SELECT 1; COPY (SELECT 1) TO '/tmp/x.csv'", "DROP TABLE x",
			"CREATE TABLE x AS SELECT 1", "INSERT INTO x VALUES (1)", "SET enable_external_access = true",
			"ATTACH '/tmp/x.db' AS x", "EXPORT DATABASE '/tmp/out'", "COPY (SELECT 1) TO '/tmp/x.csv'",
			"PRAGMA database_list", "INSTALL httpfs", "LOAD httpfs", "CALL duckdb_settings()", "DESCRIBE x",
			"SHOW TABLES", "SUMMARIZE SELECT 1", "EXPLAIN SELECT 1", "VACUUM", "CHECKPOINT",
			"SELECT 1 /* */ ; SELECT 2" })
	void onlyOneSelectIsAccepted(String sql) {
		assertThatThrownBy(() -> run(sql)).isInstanceOf(DatastoreException.class);
	}

	@Test
	void filesCannotBeRead() throws Exception {
		for (String sql : List.of("SELECT * FROM read_csv('" + secretFile + "')",
				"SELECT * FROM read_csv_auto('" + secretFile + "')", "SELECT * FROM read_text('" + secretFile + "')",
				"SELECT * FROM read_blob('" + secretFile + "')", "SELECT * FROM '" + secretFile + "'",
				"SELECT * FROM read_parquet('" + t.store.localPath(secret.storageKey()) + "')",
				"SELECT * FROM read_json('" + secretFile + "')", "SELECT * FROM glob('/etc/*')",
				"SELECT * FROM \"" + PUBLIC + "\", read_csv('" + secretFile + "')",
				"SELECT (SELECT content FROM read_text('" + secretFile + "'))",
				"SELECT * FROM \"" + PUBLIC + "\" WHERE kode IN (SELECT * FROM read_csv('" + secretFile + "'))")) {
			assertThatThrownBy(() -> run(sql)).as(sql).isInstanceOf(DatastoreException.class);
		}
	}

	@Test
	void sqlInStringsCannotBeRun() {
		for (String sql : List.of("SELECT * FROM query('SELECT * FROM \"" + PRIVATE + "\"')",
				"SELECT * FROM query_table('" + PRIVATE + "')",
				"SELECT json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
				"SELECT * FROM json_execute_serialized_sql('{}')", "SELECT current_setting('memory_limit')",
				"SELECT getenv('HOME')", "SELECT * FROM duckdb_settings()", "SELECT * FROM duckdb_tables()",
				"SELECT * FROM pragma_database_list()", "SELECT * FROM sniff_csv('" + secretFile + "')")) {
			assertThatThrownBy(() -> run(sql)).as(sql).isInstanceOf(DatastoreException.class);
		}
	}

	@Test
	void onlyTheCallersTablesAreVisible() {
		assertThatThrownBy(() -> run("SELECT * FROM \"" + PRIVATE + "\"")).isInstanceOf(DatastoreException.class)
			.hasMessage("datastore.sql.tabel");
		assertThatThrownBy(() -> run("SELECT * FROM main.\"" + PUBLIC + "\"")).isInstanceOf(DatastoreException.class);
		assertThatThrownBy(() -> run("SELECT * FROM information_schema.tables")).isInstanceOf(DatastoreException.class);
		assertThatThrownBy(() -> run("SELECT * FROM sqlite_master")).isInstanceOf(DatastoreException.class);
		// a CTE cannot be named like a private table to sneak it in
		QueryResult shadow = run("WITH \"" + PRIVATE + "\" AS (SELECT 1 AS a) SELECT * FROM \"" + PRIVATE + "\"");
		assertThat(shadow.records()).containsExactly(Map.of("a", 1));
	}

	@Test
	void runawayQueriesAreStopped() {
		assertThatThrownBy(() -> run("SELECT count(*) FROM range(100000000000) a")).isInstanceOf(DatastoreException.class);
		assertThatThrownBy(() -> run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.waktuHabis");
		assertThatThrownBy(() -> run("SELECT a.kode FROM \"" + PUBLIC + "\" a, \"" + PUBLIC + "\" b, \"" + PUBLIC
				+ "\" c, \"" + PUBLIC + "\" d, \"" + PUBLIC + "\" e, \"" + PUBLIC + "\" f, \"" + PUBLIC + "\" g"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.terlaluBanyakBaris");
	}

	@Test
	void errorsDoNotRevealPaths() {
		assertThatThrownBy(() -> run("SELECT nope FROM \"" + PUBLIC + "\""))
			.isInstanceOf(DatastoreException.class)
			.satisfies(e -> assertThat(((DatastoreException) e).getArgs()).noneMatch(a -> a.toString().contains(dir.toString())));
	}

	/** The queries of issue 19, which made a 1 GB answer and took the JVM from 1.5 to 4.3 GB. */
	@Test
	void textAQueryBuildsIsCappedBeforeItIsMade() throws Exception {
		long rssBefore = rssMegabytes();
		long start = System.nanoTime();
		assertThatThrownBy(() -> run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) "
				+ "SELECT n, repeat('x', 1000000) FROM r"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.teksTerlaluPanjang")
			.satisfies(e -> assertThat(((DatastoreException) e).getArgs()).containsExactly("64 KB"));
		assertThatThrownBy(() -> run("SELECT length(repeat('x', 1000000000))"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.teksTerlaluPanjang");
		// doubling in a recursion, padding, replacing, aggregating
		assertThatThrownBy(() -> run("WITH RECURSIVE t(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM t "
				+ "WHERE length(s) < 1000000000) SELECT max(length(s)) FROM t"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.teksTerlaluPanjang");
		assertThatThrownBy(() -> run("SELECT lpad('x', 100000000, 'y')")).hasMessage("datastore.sql.teksTerlaluPanjang");
		assertThatThrownBy(() -> run("SELECT replace(repeat('a', 1000), 'a', repeat('b', 1000))"))
			.hasMessage("datastore.sql.teksTerlaluPanjang");
		assertThatThrownBy(() -> run("SELECT regexp_replace(repeat('a', 1000), '', repeat('b', 1000), 'g')"))
			.hasMessage("datastore.sql.teksTerlaluPanjang");
		assertThatThrownBy(() -> run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000) "
				+ "SELECT length(string_agg(repeat('x', 1000), '')) FROM r"))
			.isInstanceOf(DatastoreException.class)
			.satisfies(e -> assertThat(((DatastoreException) e).getMessageKey()).isIn("datastore.sql.teksTerlaluPanjang",
					"datastore.sql.memori", "datastore.sql.waktuHabis"));
		assertThatThrownBy(() -> run("SELECT concat(repeat('x', 40000), repeat('y', 40000))"))
			.hasMessage("datastore.sql.teksTerlaluPanjang");
		// format widths build text of any size: not on the list
		assertThatThrownBy(() -> run("SELECT printf('%1000000000d', 1)")).hasMessage("datastore.sql.fungsi");
		assertThatThrownBy(() -> run("SELECT strftime(DATE '2024-01-01', repeat('%c', 5000))"))
			.hasMessage("datastore.sql.formatTerlaluPanjang");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(rssMegabytes() - rssBefore).as("RSS growth in MB").isLessThan(400);
		// and the sandbox answers normally afterwards
		assertThat(run("SELECT count(*) AS n FROM \"" + PUBLIC + "\"").records()).containsExactly(Map.of("n", 3L));
	}

	@Test
	void answersStopAtTheirByteCap() throws Exception {
		long rssBefore = rssMegabytes();
		// 1000 rows of 60 KB: each value is under the text cap, the answer (60 MB) is not
		assertThatThrownBy(() -> run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) "
				+ "SELECT n, repeat('x', 60000) AS teks FROM r"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.jawabanTerlaluBesar")
			.satisfies(e -> assertThat(((DatastoreException) e).getArgs()).containsExactly("4 MB"));
		assertThat(rssMegabytes() - rssBefore).as("RSS growth in MB").isLessThan(400);
	}

	@Test
	void aMillionByAMillionCrossJoinIsInterrupted() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000) "
				+ "SELECT count(*) FROM r a, r b"))
			.isInstanceOf(DatastoreException.class).hasMessage("datastore.sql.waktuHabis");
		// the timeout is 2 s: the interrupt stops the engine, it does not wait for the join
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(run("SELECT count(*) AS n FROM \"" + PUBLIC + "\"").records()).containsExactly(Map.of("n", 3L));
	}

	@Test
	void ordinaryTextFunctionsKeepWorkingAndTheirColumnNames() {
		QueryResult r = run("SELECT lpad(kode, 8, '0') AS kode8, kode || '!', concat(kode, '-', jumlah) AS gabung, "
				+ "replace(kode, '.', '') AS polos, repeat('ab', 2) AS ulang, regexp_replace(kode, '[.]', ':', 'g') AS re, "
				+ "strftime(DATE '2024-05-01', '%Y/%m') AS bulan FROM \"" + PUBLIC + "\" ORDER BY kode LIMIT 1");
		assertThat(r.fields()).extracting(QueryResult.Field::id)
			.containsExactly("kode8", "(kode || '!')", "gabung", "polos", "ulang", "re", "bulan");
		assertThat(r.records().get(0)).containsEntry("kode8", "00019.01").containsEntry("(kode || '!')", "19.01!")
			.containsEntry("gabung", "19.01-10").containsEntry("polos", "1901").containsEntry("ulang", "abab")
			.containsEntry("re", "19:01").containsEntry("bulan", "2024/05");
		QueryResult agg = run("SELECT string_agg(kode, ',' ORDER BY kode) AS semua FROM \"" + PUBLIC + "\"");
		assertThat(agg.records().get(0)).containsEntry("semua", "19.01,19.02,19.71");
	}

	static long rssMegabytes() throws Exception {
		System.gc();
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return 0;
	}

}
