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
import id.satudata.datastore.internal.AnswerSize;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.datastore.internal.SqlText;
import id.satudata.datastore.kueri.QueryEngine;
import id.satudata.shared.storage.FileStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
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
 * <li>Text the query builds is capped: DuckDB's memory limit does not cover strings made by
 * functions (one {@code repeat('x', 1000000000)} is a gigabyte outside it, built while planning and
 * not interruptible), so every call that can make long text is guarded ({@link #GUARDED},
 * {@link #CAPPED}); the places share {@code satudata.datastore.sql-max-string} per row.</li>
 * <li>Rows are streamed and counted: the answer stops at {@code satudata.datastore.max-answer-bytes}
 * with an error naming the limit, so no answer holds more than that in the Java heap.</li>
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
			"like_escape", "ilike_escape", "not_like_escape", "not_ilike_escape", "strip_accents",
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

	/**
	 * Functions whose result can be far longer than their arguments. Each call is renamed to a macro
	 * of the sandbox ({@code sd_<name>_<arity>}) that refuses, before building it, a result over the
	 * query's per-place text cap; the text is never made. (DuckDB's memory limit does not cover
	 * strings a function builds, and it folds constant calls while planning.)
	 */
	static final Set<String> GUARDED = Set.of("repeat", "lpad", "rpad", "replace", "regexp_replace");

	/**
	 * Functions whose format argument widens text ({@code %c}: 24 bytes from 2). DuckDB wants the
	 * format constant, so it is checked here: a short text, not built by a text-building function.
	 */
	static final Set<String> FORMATTING = Set.of("strftime");

	static final int MAX_FORMAT_LENGTH = 200;

	/** Functions whose result is at most the sum of their arguments: capped right after. */
	static final Set<String> CAPPED = Set.of("||", "concat", "concat_ws", "string_agg", "group_concat", "listagg");

	/** What the guards raise; turned into {@code datastore.sql.teksTerlaluPanjang}. */
	static final String STRING_CAP_MARK = "SATUDATA_TEXT_CAP";

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
		try (Connection parser = parserConnection()) {
			JsonNode ast = parse(parser, sql);
			Set<String> used = check(ast, name -> {
				if (allowed.containsKey(name)) {
					return true;
				}
				java.util.Optional<TableRef> table = tables.apply(name);
				table.ifPresent(t -> allowed.put(name, t));
				return table.isPresent();
			});
			int places = guard(parser, (ObjectNode) ast);
			String guarded = places == 0 ? sql : deserialize(parser, ast);
			long cap = places == 0 ? 0 : Math.max(256, properties.sqlMaxString().toBytes() / places);
			return execute(guarded, cap, used, allowed);
		}
		catch (SQLException e) {
			throw new DatastoreException("datastore.sql.sintaks", firstLine(e.getMessage()));
		}
	}

	/** Parses and checks the statement; returns the tables it reads (names in lower case). */
	Set<String> check(String sql, java.util.function.Predicate<String> allowedTables) {
		try (Connection parser = parserConnection()) {
			return check(parse(parser, sql), allowedTables);
		}
		catch (SQLException e) {
			throw new DatastoreException("datastore.sql.sintaks", firstLine(e.getMessage()));
		}
	}

	private Set<String> check(JsonNode ast, java.util.function.Predicate<String> allowedTables) {
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

	/** A DuckDB that only parses and prints statements (nothing runs in it). */
	private static Connection parserConnection() throws SQLException {
		Connection c = DriverManager.getConnection("jdbc:duckdb:");
		try (Statement s = c.createStatement()) {
			s.execute("SET enable_external_access = false");
			s.execute("SET lock_configuration = true");
		}
		catch (SQLException e) {
			c.close();
			throw e;
		}
		return c;
	}

	private JsonNode parse(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
			ps.setString(1, sql);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return json.readTree(rs.getString(1));
			}
		}
	}

	private String deserialize(Connection c, JsonNode ast) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT json_deserialize_sql(?::JSON)")) {
			ps.setString(1, json.writeValueAsString(ast));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/**
	 * Puts the text guards into the checked syntax tree: calls of {@link #GUARDED} functions are
	 * renamed to the sandbox's checking macros, calls of {@link #CAPPED} functions are wrapped in
	 * {@code sd_cap(...)}. A select-list item that gets a guard and has no alias is given its
	 * original text as alias, so the answer's column names do not change. Returns how many places
	 * build text (they share the query's text cap).
	 */
	int guard(Connection c, ObjectNode ast) throws SQLException {
		List<ObjectNode> items = new ArrayList<>();
		collectSelectItems(ast, items);
		for (ObjectNode item : items) {
			if (item.path("alias").asText("").isEmpty() && countGuards(item) > 0 && !item.has("column_names")) {
				item.put("alias", expressionText(c, item));
			}
		}
		int[] places = { 0 };
		JsonNode rewritten = rewrite(ast, places);
		if (rewritten != ast) {
			throw new IllegalStateException("the statement root is not an expression");
		}
		return places[0];
	}

	private static void collectSelectItems(JsonNode node, List<ObjectNode> items) {
		if (node.isObject()) {
			if ("SELECT_NODE".equals(node.path("type").asText("")) && node.path("select_list").isArray()) {
				for (JsonNode item : node.path("select_list")) {
					if (item instanceof ObjectNode o) {
						items.add(o);
					}
				}
			}
			node.forEach(child -> collectSelectItems(child, items));
		}
		else if (node.isArray()) {
			node.forEach(child -> collectSelectItems(child, items));
		}
	}

	private static int countGuards(JsonNode node) {
		int n = 0;
		if (node.isObject() && "FUNCTION".equals(node.path("class").asText(""))) {
			String name = node.path("function_name").asText("").toLowerCase(Locale.ROOT);
			if (GUARDED.contains(name) || CAPPED.contains(name)) {
				n++;
			}
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				n += countGuards(child);
			}
		}
		return n;
	}

	/** How DuckDB names an expression without alias (its text). */
	private String expressionText(Connection c, ObjectNode expression) throws SQLException {
		ObjectNode template = (ObjectNode) parse(c, "SELECT 1");
		ObjectNode copy = expression.deepCopy();
		copy.put("alias", "");
		ObjectNode node = (ObjectNode) template.path("statements").get(0).path("node");
		node.putArray("select_list").add(copy);
		String text = deserialize(c, template);
		return text.startsWith("SELECT ") ? text.substring("SELECT ".length()) : text;
	}

	/** Rewrites bottom-up; returns the node to put in place of {@code node}. */
	private JsonNode rewrite(JsonNode node, int[] places) {
		if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, rewrite(array.get(i), places));
			}
			return array;
		}
		if (!(node instanceof ObjectNode object)) {
			return node;
		}
		if ("FUNCTION".equals(object.path("class").asText(""))
				&& FORMATTING.contains(object.path("function_name").asText("").toLowerCase(Locale.ROOT))) {
			for (JsonNode child : object.path("children")) {
				if (countGuards(child) > 0 || child.path("value").path("value").asText("").length() > MAX_FORMAT_LENGTH) {
					throw new DatastoreException("datastore.sql.formatTerlaluPanjang",
							object.path("function_name").asText(""), MAX_FORMAT_LENGTH);
				}
			}
		}
		for (Map.Entry<String, JsonNode> e : new ArrayList<>(object.properties())) {
			object.set(e.getKey(), rewrite(e.getValue(), places));
		}
		if (!"FUNCTION".equals(object.path("class").asText(""))) {
			return object;
		}
		String name = object.path("function_name").asText("").toLowerCase(Locale.ROOT);
		if (GUARDED.contains(name)) {
			places[0]++;
			object.put("function_name", "sd_" + name + "_" + object.path("children").size());
			return object;
		}
		if (CAPPED.contains(name)) {
			places[0]++;
			ObjectNode wrapper = object.deepCopy();
			wrapper.put("function_name", "sd_cap");
			wrapper.put("is_operator", false);
			wrapper.put("distinct", false);
			wrapper.putNull("filter");
			wrapper.putObject("order_bys").put("type", "ORDER_MODIFIER").putArray("orders");
			wrapper.put("alias", object.path("alias").asText(""));
			object.put("alias", "");
			wrapper.putArray("children").add(object);
			return wrapper;
		}
		return object;
	}

	/** The sandbox's checking macros, with the per-place cap {@code cap} (bytes). */
	static List<String> guardMacros(long cap) {
		String no = "error('" + STRING_CAP_MARK + "')";
		return List.of(
				"CREATE MACRO sd_cap(x) AS CASE WHEN strlen(x) > " + cap + " THEN " + no + " ELSE x END",
				"CREATE MACRO sd_repeat_2(s, n) AS repeat(s, CASE WHEN n > " + cap + " THEN " + no
						+ " WHEN strlen(s) * n > " + cap + " THEN " + no + " ELSE n END)",
				"CREATE MACRO sd_lpad_3(s, n, f) AS lpad(s, CASE WHEN n * 4 > " + cap + " THEN " + no + " ELSE n END, f)",
				"CREATE MACRO sd_rpad_3(s, n, f) AS rpad(s, CASE WHEN n * 4 > " + cap + " THEN " + no + " ELSE n END, f)",
				"CREATE MACRO sd_replace_3(s, a, b) AS replace(s, a, CASE WHEN strlen(b) > strlen(a) AND strlen(s) + "
						+ "strlen(s) // greatest(strlen(a), 1) * strlen(b) > " + cap + " THEN " + no + " ELSE b END)",
				"CREATE MACRO sd_regexp_replace_3(s, p, r) AS regexp_replace(s, p, CASE WHEN strlen(r) > 0 AND "
						+ "(strlen(s) + 1) * (strlen(r) + 1) * 2 > " + cap + " THEN " + no + " ELSE r END)",
				"CREATE MACRO sd_regexp_replace_4(s, p, r, o) AS regexp_replace(s, p, CASE WHEN strlen(r) > 0 AND "
						+ "(strlen(s) + 1) * (strlen(r) + 1) * 2 > " + cap + " THEN " + no + " ELSE r END, o)");
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

	private QueryResult execute(String sql, long textCap, Set<String> used, Map<String, TableRef> allowed) {
		AtomicBoolean timedOut = new AtomicBoolean();
		java.util.Properties streaming = new java.util.Properties();
		// rows come as they are made: the answer's byte cap stops the query, nothing is materialized
		streaming.setProperty("jdbc_stream_results", "true");
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:", streaming); Statement setup = c.createStatement()) {
			List<String> paths = new ArrayList<>();
			setup.execute("SET autoinstall_known_extensions = false");
			setup.execute("SET autoload_known_extensions = false");
			if (textCap > 0) {
				for (String macro : guardMacros(textCap)) {
					setup.execute(macro);
				}
			}
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
			if (message.contains(STRING_CAP_MARK)) {
				throw new DatastoreException("datastore.sql.teksTerlaluPanjang", human(properties.sqlMaxString().toBytes()));
			}
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
		AnswerSize size = new AnswerSize(properties.maxAnswerBytes(), "datastore.sql.jawabanTerlaluBesar");
		while (rs.next()) {
			if (records.size() >= max) {
				throw new DatastoreException("datastore.sql.terlaluBanyakBaris", max);
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				Object value = QueryEngine.value(rs.getObject(i + 1));
				size.add(fields.get(i).id(), value);
				row.put(fields.get(i).id(), value);
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

	private static String human(long bytes) {
		return AnswerSize.human(bytes);
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
