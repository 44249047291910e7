package id.satudata.datastore.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnType;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.datastore.internal.SqlText;
import id.satudata.datastore.kueri.QueryEngine;
import id.satudata.shared.storage.FileStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs SQL written by a user (CKAN's {@code datastore_search_sql}) without trusting it.
 *
 * <ol>
 * <li>DuckDB's own parser decides what the text is ({@code json_serialize_sql}, with the text as a
 * bound parameter): it must be exactly one SELECT. Stacked statements, DDL, COPY, ATTACH, PRAGMA and
 * SET do not serialize and are refused.</li>
 * <li>The syntax tree is walked, default-deny: every table reference must be one of the tables the
 * caller may read (or a CTE of the query), never a table function (no {@code read_csv},
 * {@code query_table}, ...); every function must be on an allow-list (no {@code query()},
 * {@code json_execute_serialized_sql()}, no file readers); unknown node kinds are refused.</li>
 * <li>It runs in a fresh in-memory DuckDB holding only views over those tables' Parquet files,
 * with external access off except those files, extensions off, configuration locked, one thread,
 * a memory cap, a row cap and a cancelling timeout. The database is thrown away afterwards.</li>
 * </ol>
 */
@Component
public class SqlSandbox implements DisposableBean {

	static final int MAX_SQL_LENGTH = 20_000;

	/** Scalar, aggregate and window functions a query may call. Everything else is refused. */
	static final Set<String> FUNCTIONS = Set.of(
			// arithmetic and comparison
			"+", "-", "*", "/", "//", "%", "^", "**", "abs", "round", "floor", "ceil", "ceiling", "sqrt", "power", "pow",
			"ln", "log", "log10", "log2", "exp", "sign", "mod", "greatest", "least", "trunc", "even", "pi",
			"coalesce", "nullif", "ifnull", "isnan", "isinf", "isfinite",
			// text
			"lower", "upper", "lcase", "ucase", "length", "len", "char_length", "trim", "ltrim", "rtrim", "substr",
			"substring", "replace", "concat", "concat_ws", "||", "left", "right", "lpad", "rpad", "reverse", "repeat",
			"starts_with", "ends_with", "prefix", "suffix", "contains", "strpos", "instr", "position", "split_part",
			"regexp_matches", "regexp_replace", "regexp_extract", "regexp_full_match", "~~", "!~~", "~~*", "!~~*",
			"like_escape", "ilike_escape", "not_like_escape", "not_ilike_escape", "format", "printf", "strip_accents",
			"initcap", "ascii", "chr", "md5", "hash",
			// dates
			"year", "month", "day", "quarter", "week", "weekofyear", "dayofweek", "dayofmonth", "dayofyear", "isodow",
			"date_part", "datepart", "date_trunc", "datetrunc", "date_diff", "datediff", "date_sub", "datesub",
			"date_add", "strftime", "strptime", "try_strptime", "make_date", "last_day", "monthname", "dayname",
			"current_date", "today", "epoch", "to_days", "to_months", "to_years",
			// aggregates
			"count", "count_star", "sum", "avg", "mean", "min", "max", "median", "mode", "stddev", "stddev_samp",
			"stddev_pop", "variance", "var_samp", "var_pop", "quantile", "quantile_cont", "quantile_disc",
			"percentile_cont", "percentile_disc", "first", "last", "any_value", "arbitrary", "bool_and", "bool_or",
			"string_agg", "group_concat", "listagg", "product", "corr", "covar_pop", "covar_samp", "regr_slope",
			"regr_intercept", "arg_max", "arg_min", "argmax", "argmin", "max_by", "min_by", "count_if", "countif",
			"sum_no_overflow", "fsum", "favg", "approx_count_distinct", "histogram", "entropy", "kurtosis", "skewness",
			// windows
			"row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value",
			"last_value", "nth_value");

	private static final Set<String> EXPRESSION_CLASSES = Set.of("COLUMN_REF", "CONSTANT", "FUNCTION", "AGGREGATE",
			"WINDOW", "CAST", "COMPARISON", "CONJUNCTION", "OPERATOR", "CASE", "BETWEEN", "SUBQUERY", "STAR",
			"COLLATE", "POSITIONAL_REFERENCE");

	private static final Set<String> QUERY_NODE_TYPES = Set.of("SELECT_NODE", "SET_OPERATION_NODE",
			"RECURSIVE_CTE_NODE", "CTE_NODE");

	private static final Set<String> TABLE_TYPES = Set.of("BASE_TABLE", "JOIN", "SUBQUERY", "EMPTY",
			"EXPRESSION_LIST");

	private final DatastoreProperties properties;
	private final FileStore fileStore;
	private final JsonMapper json;
	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "sql-sandbox-watchdog");
		t.setDaemon(true);
		return t;
	});

	public SqlSandbox(DatastoreProperties properties, FileStore fileStore, JsonMapper json) {
		this.properties = properties;
		this.fileStore = fileStore;
		this.json = json;
	}

	public QueryResult run(String sql, Map<String, TableRef> tables) {
		Map<String, TableRef> lower = new LinkedHashMap<>();
		tables.forEach((name, table) -> lower.put(name.toLowerCase(Locale.ROOT), table));
		return run(sql, name -> java.util.Optional.ofNullable(lower.get(name)));
	}

	public QueryResult run(String sql, java.util.function.Function<String, java.util.Optional<TableRef>> tables) {
		if (sql == null || sql.isBlank()) {
			throw new DatastoreException("datastore.sql.kosong");
		}
		if (sql.length() > MAX_SQL_LENGTH) {
			throw new DatastoreException("datastore.sql.terlaluPanjang", MAX_SQL_LENGTH);
		}
		Map<String, TableRef> allowed = new LinkedHashMap<>();
		Set<String> used = check(sql, name -> {
			if (allowed.containsKey(name)) {
				return true;
			}
			java.util.Optional<TableRef> table = tables.apply(name);
			table.ifPresent(t -> allowed.put(name, t));
			return table.isPresent();
		});
		return execute(sql, used, allowed);
	}

	/** Parses and checks the statement; returns the tables it reads (names in lower case). */
	Set<String> check(String sql, java.util.function.Predicate<String> allowedTables) {
		JsonNode ast = parse(sql);
		if (ast.path("error").asBoolean(true)) {
			String type = ast.path("error_type").asText("");
			if ("not implemented".equals(type)) {
				throw new DatastoreException("datastore.sql.hanyaSelect");
			}
			throw new DatastoreException("datastore.sql.sintaks", firstLine(ast.path("error_message").asText("")));
		}
		JsonNode statements = ast.path("statements");
		if (!statements.isArray() || statements.size() != 1) {
			throw new DatastoreException("datastore.sql.hanyaSelect");
		}
		Set<String> ctes = new HashSet<>();
		collectCtes(statements.get(0), ctes);
		Set<String> used = new HashSet<>();
		walk(statements.get(0).path("node"), allowedTables, ctes, used, 0);
		return used;
	}

	private JsonNode parse(String sql) {
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
				Statement s = c.createStatement()) {
			s.execute("SET enable_external_access = false");
			s.execute("SET lock_configuration = true");
			try (PreparedStatement ps = c.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
				ps.setString(1, sql);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return json.readTree(rs.getString(1));
				}
			}
		}
		catch (SQLException e) {
			throw new DatastoreException("datastore.sql.sintaks", firstLine(e.getMessage()));
		}
	}

	private static void collectCtes(JsonNode node, Set<String> ctes) {
		if (node.isObject()) {
			JsonNode map = node.path("cte_map").path("map");
			if (map.isArray()) {
				for (JsonNode entry : map) {
					ctes.add(entry.path("key").asText("").toLowerCase(Locale.ROOT));
				}
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
				collectCtes(it.next().getValue(), ctes);
			}
		}
		else if (node.isArray()) {
			for (JsonNode child : node) {
				collectCtes(child, ctes);
			}
		}
	}

	/** Default-deny walk of the syntax tree. */
	private void walk(JsonNode node, java.util.function.Predicate<String> allowed, Set<String> ctes, Set<String> used,
			int depth) {
		if (depth > 200) {
			throw new DatastoreException("datastore.sql.terlaluRumit");
		}
		if (node.isArray()) {
			for (JsonNode child : node) {
				walk(child, allowed, ctes, used, depth + 1);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String cls = node.path("class").asText(null);
		String type = node.path("type").asText(null);
		if (cls != null) {
			if (!EXPRESSION_CLASSES.contains(cls)) {
				throw new DatastoreException("datastore.sql.tidakDiizinkan", cls.toLowerCase(Locale.ROOT));
			}
			if ("FUNCTION".equals(cls) || "AGGREGATE".equals(cls) || "WINDOW".equals(cls)) {
				String name = node.path("function_name").asText("").toLowerCase(Locale.ROOT);
				if (!node.path("schema").asText("").isEmpty() || !node.path("catalog").asText("").isEmpty()
						|| !FUNCTIONS.contains(name)) {
					throw new DatastoreException("datastore.sql.fungsi", name);
				}
			}
		}
		else if (type != null && node.has("query_location") && isTableRef(node)) {
			if ("TABLE_FUNCTION".equals(type) || !TABLE_TYPES.contains(type)) {
				throw new DatastoreException("datastore.sql.sumberTabel");
			}
			if ("BASE_TABLE".equals(type)) {
				String name = node.path("table_name").asText("").toLowerCase(Locale.ROOT);
				boolean qualified = !node.path("schema_name").asText("").isEmpty()
						|| !node.path("catalog_name").asText("").isEmpty();
				if (!qualified && ctes.contains(name)) {
					return;
				}
				if (qualified || !allowed.test(name)) {
					throw new DatastoreException("datastore.sql.tabel", node.path("table_name").asText(""));
				}
				used.add(name);
				return;
			}
		}
		else if (type != null && node.has("modifiers") && !QUERY_NODE_TYPES.contains(type)) {
			throw new DatastoreException("datastore.sql.hanyaSelect");
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
			walk(it.next().getValue(), allowed, ctes, used, depth + 1);
		}
	}

	private static boolean isTableRef(JsonNode node) {
		return node.has("alias") && node.has("sample") || "JOIN".equals(node.path("type").asText(""))
				|| "TABLE_FUNCTION".equals(node.path("type").asText(""));
	}

	private QueryResult execute(String sql, Set<String> used, Map<String, TableRef> allowed) {
		AtomicBoolean timedOut = new AtomicBoolean();
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement setup = c.createStatement()) {
			List<String> paths = new ArrayList<>();
			setup.execute("SET autoinstall_known_extensions = false");
			setup.execute("SET autoload_known_extensions = false");
			for (String name : used) {
				String path = fileStore.localPath(allowed.get(name).storageKey()).toString();
				paths.add("'" + SqlText.literal(path) + "'");
				setup.execute("CREATE VIEW " + SqlText.ident(name) + " AS SELECT file_row_number + 1 AS _id, "
						+ "* EXCLUDE (file_row_number) FROM read_parquet('" + SqlText.literal(path) + "', file_row_number = true)");
			}
			if (!paths.isEmpty()) {
				setup.execute("SET allowed_paths = [" + String.join(", ", paths) + "]");
			}
			setup.execute("SET enable_external_access = false");
			setup.execute("SET memory_limit = '" + properties.sqlMemoryLimit().toMegabytes() + "MB'");
			setup.execute("SET max_temp_directory_size = '0KB'");
			setup.execute("SET threads = 1");
			setup.execute("SET lock_configuration = true");
			try (Statement s = c.createStatement()) {
				ScheduledFuture<?> cancel = watchdog.schedule(() -> {
					timedOut.set(true);
					try {
						s.cancel();
					}
					catch (SQLException e) {
						// the statement finished meanwhile
					}
				}, properties.sqlTimeout().toMillis(), TimeUnit.MILLISECONDS);
				try (ResultSet rs = s.executeQuery(sql)) {
					return read(rs);
				}
				finally {
					cancel.cancel(false);
				}
			}
		}
		catch (SQLException e) {
			if (timedOut.get()) {
				throw new DatastoreException("datastore.sql.waktuHabis", properties.sqlTimeout().toSeconds());
			}
			String message = String.valueOf(e.getMessage());
			if (message.contains("Out of Memory") || message.contains("memory limit")) {
				throw new DatastoreException("datastore.sql.memori");
			}
			throw new DatastoreException("datastore.sql.gagal", firstLine(message));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private QueryResult read(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		List<QueryResult.Field> fields = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			fields.add(new QueryResult.Field(meta.getColumnLabel(i), typeOf(meta.getColumnTypeName(i))));
		}
		List<Map<String, Object>> records = new ArrayList<>();
		int max = properties.sqlMaxRows();
		while (rs.next()) {
			if (records.size() >= max) {
				throw new DatastoreException("datastore.sql.terlaluBanyakBaris", max);
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				row.put(fields.get(i).id(), QueryEngine.value(rs.getObject(i + 1)));
			}
			records.add(row);
		}
		return new QueryResult(fields, records, (long) records.size());
	}

	private static ColumnType typeOf(String duckType) {
		String t = duckType.toUpperCase(Locale.ROOT);
		if (t.contains("INT")) {
			return ColumnType.BILANGAN_BULAT;
		}
		if (t.startsWith("DOUBLE") || t.startsWith("FLOAT") || t.startsWith("DECIMAL") || t.startsWith("REAL")) {
			return ColumnType.DESIMAL;
		}
		if (t.startsWith("DATE") || t.startsWith("TIMESTAMP")) {
			return ColumnType.TANGGAL;
		}
		if (t.startsWith("BOOL")) {
			return ColumnType.YA_TIDAK;
		}
		return ColumnType.TEKS;
	}

	private static String firstLine(String message) {
		String m = message == null ? "" : message.strip();
		int nl = m.indexOf('\n');
		m = nl > 0 ? m.substring(0, nl) : m;
		// never show file system paths from the engine's messages
		m = m.replaceAll("'/[^']*'", "'…'");
		return m.length() > 300 ? m.substring(0, 300) : m;
	}

	@Override
	public void destroy() {
		watchdog.shutdownNow();
	}

}
