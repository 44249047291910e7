package id.satudata.datastore.kueri;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.satudata.datastore.Aggregation;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.impor.SymbolMetadata;
import id.satudata.datastore.internal.AnswerSize;
import id.satudata.datastore.internal.DatastoreProperties;
import id.satudata.datastore.internal.DuckDb;
import id.satudata.datastore.internal.SqlText;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;

/**
 * Answers queries on stored tables. Every column name is checked against the table's schema and
 * every value is a bound parameter; nothing a caller writes becomes SQL text.
 */
@Component
public class QueryEngine {

	static final String ID = "_id";

	/** A SQL fragment with its parameters. */
	public record Sql(String text, List<Object> params) {
	}

	/** A total's key: the stored file, the condition and its values. */
	private record TotalKey(String storageKey, String where, List<Object> params) {
	}

	private final DuckDb duck;
	private final FileStore fileStore;
	private final DatastoreProperties properties;
	/**
	 * Totals already counted. A stored file never changes (a new upload is a new file), so the total
	 * of a condition on it stays true; paging and re-sorting a filtered table, as the portal's table
	 * and API clients do, then pay for the page only.
	 */
	private final Cache<TotalKey, Long> totals = Caffeine.newBuilder().maximumSize(10_000).build();

	private final Cache<String, SymbolSummary> symbolCache = Caffeine.newBuilder().maximumSize(1_000).build();

	private final SearchText searchText;

	@org.springframework.beans.factory.annotation.Autowired
	public QueryEngine(DuckDb duck, FileStore fileStore, TempFiles temp, DatastoreProperties properties) {
		this(duck, fileStore, temp, properties, SearchText.MIN_ROWS);
	}

	/**
	 * With the smallest release that gets a {@link SearchText} (tests: 0; the benchmark's "without":
	 * {@link Long#MAX_VALUE}).
	 */
	public QueryEngine(DuckDb duck, FileStore fileStore, TempFiles temp, DatastoreProperties properties, long searchTextMinRows) {
		this.duck = duck;
		this.fileStore = fileStore;
		this.properties = properties;
		this.searchText = new SearchText(duck, temp, searchTextMinRows);
	}

	/**
	 * After a release's import: its {@link SearchText} (when it gets one) is written in the background
	 * now, not at its first {@code q}, so that search already finds it.
	 */
	public void prepare(TableRef table) {
		if (table.columns().stream().anyMatch(c -> c.type().textual())) {
			searchText.prepare(table, () -> fileStore.localPath(table.storageKey()));
		}
	}

	/** Whether the release's {@link SearchText} is written (tests). */
	public boolean searchTextWritten(TableRef table) {
		return searchText.written(table.storageKey());
	}

	/** Forgets what was derived from a deleted release. */
	public void forget(TableRef table) {
		searchText.forget(table.storageKey());
	}

	/**
	 * Writes the release's {@link SearchText} if it gets one and waits for it (tests, benchmarks);
	 * whether it has one.
	 */
	public boolean awaitSearchText(TableRef table) {
		try {
			return searchText.await(table, fileStore.localPath(table.storageKey())).file() != null;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public String source(TableRef table) {
		try {
			Path path = fileStore.localPath(table.storageKey());
			return "(SELECT file_row_number + 1 AS " + ID + ", * EXCLUDE (file_row_number) FROM read_parquet('"
					+ SqlText.literal(path.toString()) + "', file_row_number = true))";
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The BPS value symbols stored with a table (read once per file: tables are immutable). */
	public SymbolSummary symbols(TableRef table) {
		return symbolCache.get(table.storageKey(), key -> {
			try (Connection c = duck.connection()) {
				return SymbolMetadata.read(c, fileStore.localPath(key));
			}
			catch (SQLException e) {
				throw new IllegalStateException("Could not read the symbols of " + key, e);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	public QueryResult search(TableRef table, Query query) {
		if (query.limit() < 0 || query.limit() > properties.maxLimit()) {
			throw new DatastoreException("datastore.galat.limit", properties.maxLimit());
		}
		if (query.offset() < 0) {
			throw new DatastoreException("datastore.galat.offset");
		}
		List<ColumnSpec> fields = fields(table, query.fields());
		Sql where = where(table, query, true);
		String select = (query.distinct() ? "SELECT DISTINCT " : "SELECT " + ID + ", ")
				+ String.join(", ", fields.stream().map(c -> SqlText.ident(c.name())).toList());
		String order = orderBy(table, query.sort(), query.distinct(), fields);
		String sql = select + " FROM " + source(table) + where.text() + order + " LIMIT ? OFFSET ?";
		List<Object> params = new ArrayList<>(where.params());
		params.add(query.limit());
		params.add(query.offset());
		try (Connection c = duck.connection()) {
			AnswerSize size = new AnswerSize(properties.maxAnswerBytes());
			Long total = null;
			List<Map<String, Object>> records;
			if (!query.distinct() && where.params().isEmpty() && where.text().isEmpty() && idOrder(query.sort())) {
				// the table in its own order: the page is a range of row numbers, read from the row groups
				// that hold it (Parquet statistics) instead of skipping `offset` rows
				records = rows(c, byRowNumber(table, fields, "file_row_number >= ? AND file_row_number < ?"),
						List.of(query.offset(), query.offset() + query.limit()), fields, true, size);
			}
			else if (!query.distinct() && (hasText(query) || query.offset() >= DEEP_OFFSET)) {
				TwoPhase found = pageIds(c, table, where, order, query);
				total = found.total();
				records = byIds(c, table, fields, found.ids(), size);
			}
			else {
				records = rows(c, sql, params, fields, !query.distinct(), size);
			}
			if (query.includeTotal() && total == null) {
				TotalKey key = query.distinct()
						? new TotalKey(table.storageKey(),
								"SELECT count(*) FROM (" + select + " FROM " + source(table) + where.text() + ")",
								List.copyOf(where.params()))
						: totalKey(table, where);
				String count = key.where();
				total = totals.getIfPresent(key);
				if (total == null) {
					total = single(c, count, where.params());
					totals.put(key, total);
				}
			}
			List<QueryResult.Field> out = new ArrayList<>();
			if (!query.distinct()) {
				out.add(new QueryResult.Field(ID, ColumnType.BILANGAN_BULAT));
			}
			fields.forEach(f -> out.add(new QueryResult.Field(f.name(), f.type())));
			return new QueryResult(out, records, total);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Datastore query failed", e);
		}
	}

	/** From this offset on, a filtered page is found by its row ids first (see {@link #pageIds}). */
	static final long DEEP_OFFSET = 1_000;

	/** The page's row ids in order, and the total when it was counted on the way. */
	private record TwoPhase(List<Long> ids, Long total) {
	}

	private static boolean hasText(Query query) {
		return query.q() != null && !query.q().isBlank();
	}

	/** Whether the order asked for is the table's own ({@code _id} ascending, the default). */
	private static boolean idOrder(List<String> sort) {
		for (String spec : sort) {
			for (String piece : spec.split(",")) {
				String p = piece.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				if (!p.isEmpty() && !p.equals(ID) && !p.equals(ID + " asc")) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * A full-text or deep page in two steps: first the page's row ids, reading only the columns the
	 * condition and the order name (a text search reads the text columns, not the whole row) and
	 * counting every match in the same scan when the total is wanted and not already known; then the
	 * page's rows by their row numbers, from the row groups that hold them. Same condition, same
	 * order (always ending with {@code _id}), so the same rows as one query would give.
	 */
	private TwoPhase pageIds(Connection c, TableRef table, Sql where, String order, Query query) throws SQLException {
		boolean count = query.includeTotal() && totals.getIfPresent(totalKey(table, where)) == null;
		String sql = "SELECT " + ID + (count ? ", count(*) OVER ()" : "") + " FROM " + source(table) + where.text() + order
				+ " LIMIT ? OFFSET ?";
		List<Object> params = new ArrayList<>(where.params());
		if (hasText(query) && query.filters().isEmpty() && query.ranges().isEmpty() && idOrder(query.sort())
				&& table.columns().stream().anyMatch(col -> col.type().textual())) {
			// the text alone, in the table's order: the matching row ids themselves, without joining
			// them back to the table (the IN form scans the table again: 3.7× the time on 28 columns)
			Sql matches = textMatches(table, query.q().strip());
			sql = "SELECT " + ID + (count ? ", count(*) OVER ()" : "") + " FROM (SELECT DISTINCT " + ID + " FROM ("
					+ matches.text() + ") m(" + ID + ")) ORDER BY " + ID + " LIMIT ? OFFSET ?";
			params = new ArrayList<>(matches.params());
		}
		params.add(query.limit());
		params.add(query.offset());
		List<Long> ids = new ArrayList<>();
		Long total = null;
		try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
				if (count) {
					total = rs.getLong(2);
				}
			}
		}
		if (total != null) {
			totals.put(totalKey(table, where), total);
		}
		return new TwoPhase(ids, total);
	}

	private List<Map<String, Object>> byIds(Connection c, TableRef table, List<ColumnSpec> fields, List<Long> ids,
			AnswerSize size) throws SQLException {
		if (ids.isEmpty()) {
			return new ArrayList<>();
		}
		long min = ids.stream().mapToLong(Long::longValue).min().orElseThrow() - 1;
		long max = ids.stream().mapToLong(Long::longValue).max().orElseThrow() - 1;
		StringBuilder in = new StringBuilder();
		ids.forEach(id -> in.append(in.isEmpty() ? "" : ", ").append(id - 1));
		Map<Long, Map<String, Object>> byId = new java.util.HashMap<>();
		for (Map<String, Object> row : rows(c, byRowNumber(table, fields,
				"file_row_number BETWEEN ? AND ? AND file_row_number IN (" + in + ")"), List.of(min, max), fields, true,
				size)) {
			byId.put((Long) row.get(ID), row);
		}
		List<Map<String, Object>> records = new ArrayList<>(ids.size());
		ids.forEach(id -> records.add(byId.get(id)));
		return records;
	}

	/** The rows whose (0-based) row numbers meet the condition, in the table's order. */
	private String byRowNumber(TableRef table, List<ColumnSpec> fields, String condition) {
		try {
			Path path = fileStore.localPath(table.storageKey());
			return "SELECT file_row_number + 1 AS " + ID + ", "
					+ String.join(", ", fields.stream().map(f -> SqlText.ident(f.name())).toList()) + " FROM read_parquet('"
					+ SqlText.literal(path.toString()) + "', file_row_number = true) WHERE " + condition
					+ " ORDER BY file_row_number";
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private TotalKey totalKey(TableRef table, Sql where) {
		return new TotalKey(table.storageKey(), "SELECT count(*) FROM " + source(table) + where.text(),
				List.copyOf(where.params()));
	}

	public QueryResult aggregate(TableRef table, Aggregation aggregation) {
		if (aggregation.groupBy().isEmpty() && aggregation.metrics().isEmpty()) {
			throw new DatastoreException("datastore.galat.agregasiKosong");
		}
		List<ColumnSpec> groups = fields(table, aggregation.groupBy());
		List<String> select = new ArrayList<>();
		groups.forEach(g -> select.add(SqlText.ident(g.name())));
		List<QueryResult.Field> out = new ArrayList<>();
		groups.forEach(g -> out.add(new QueryResult.Field(g.name(), g.type())));
		for (Aggregation.Metric m : aggregation.metrics()) {
			if (m.function() == Aggregation.Function.COUNT) {
				select.add("count(*) AS " + SqlText.ident(m.alias()));
				out.add(new QueryResult.Field(m.alias(), ColumnType.BILANGAN_BULAT));
				continue;
			}
			ColumnSpec col = column(table, m.column());
			if (!col.type().numeric() && m.function() != Aggregation.Function.MIN
					&& m.function() != Aggregation.Function.MAX) {
				throw new DatastoreException("datastore.galat.agregasiBukanAngka", col.name());
			}
			select.add(m.function().name().toLowerCase(Locale.ROOT) + "(" + SqlText.ident(col.name()) + ") AS "
					+ SqlText.ident(m.alias()));
			out.add(new QueryResult.Field(m.alias(), m.function() == Aggregation.Function.AVG ? ColumnType.DESIMAL
					: col.type()));
		}
		Query filter = aggregation.filter() == null ? Query.all(0) : aggregation.filter();
		Sql where = where(table, filter);
		String groupBy = groups.isEmpty() ? ""
				: " GROUP BY " + String.join(", ", groups.stream().map(g -> SqlText.ident(g.name())).toList())
						+ " ORDER BY " + String.join(", ", groups.stream().map(g -> SqlText.ident(g.name())).toList());
		int limit = aggregation.limit() <= 0 ? 1000 : Math.min(aggregation.limit(), properties.maxLimit());
		String sql = "SELECT " + String.join(", ", select) + " FROM " + source(table) + where.text() + groupBy + " LIMIT "
				+ limit;
		try (Connection c = duck.connection()) {
			List<Map<String, Object>> records = new ArrayList<>();
			AnswerSize size = new AnswerSize(properties.maxAnswerBytes());
			try (PreparedStatement ps = prepare(c, sql, where.params()); ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 0; i < out.size(); i++) {
						Object value = value(rs.getObject(i + 1));
						size.add(out.get(i).id(), value);
						row.put(out.get(i).id(), value);
					}
					records.add(row);
				}
			}
			return new QueryResult(out, records, (long) records.size());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Datastore aggregation failed", e);
		}
	}

	public List<ColumnSpec> fields(TableRef table, List<String> names) {
		if (names.isEmpty()) {
			return table.columns();
		}
		List<ColumnSpec> fields = new ArrayList<>();
		for (String n : names) {
			if (ID.equals(n)) {
				continue;
			}
			ColumnSpec c = column(table, n);
			if (!fields.contains(c)) {
				fields.add(c);
			}
		}
		return fields;
	}

	ColumnSpec column(TableRef table, String name) {
		return table.column(name == null ? "" : name.strip())
			.orElseThrow(() -> new DatastoreException("datastore.galat.kolomTidakAda", name));
	}

	/**
	 * The condition of a query, as SQL over {@link #source}: filters, ranges and the full-text
	 * {@code q} (a case-insensitive substring of any text column: {@code ILIKE '%q%'}).
	 */
	public Sql where(TableRef table, Query query) {
		return where(table, query, false);
	}

	/**
	 * The condition; with {@code byColumn}, the full-text part is asked one text column at a time
	 * ({@link #textMatches}), the same rows as the {@code ILIKE} form, found about three times faster.
	 */
	private Sql where(TableRef table, Query query, boolean byColumn) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		query.filters().forEach((name, values) -> {
			if (ID.equals(name)) {
				conditions.add(ID + " IN (" + placeholders(values.size()) + ")");
				values.forEach(v -> params.add(parse(ColumnSpec.of("id_", null, ColumnType.BILANGAN_BULAT), v)));
				return;
			}
			ColumnSpec c = column(table, name);
			if (values.isEmpty()) {
				throw new DatastoreException("datastore.galat.nilaiFilter", name, "[]");
			}
			conditions.add(SqlText.ident(c.name()) + (values.size() == 1 ? " = ?" : " IN (" + placeholders(values.size()) + ")"));
			values.forEach(v -> params.add(parse(c, v)));
		});
		query.ranges().forEach((name, bounds) -> {
			ColumnSpec c = column(table, name);
			bounds.forEach((op, v) -> {
				String sqlOp = switch (op) {
					case "gte" -> ">=";
					case "gt" -> ">";
					case "lte" -> "<=";
					case "lt" -> "<";
					default -> throw new DatastoreException("datastore.galat.operator", op);
				};
				conditions.add(SqlText.ident(c.name()) + " " + sqlOp + " ?");
				params.add(parse(c, v));
			});
		});
		if (query.q() != null && !query.q().isBlank()) {
			List<String> text = table.columns().stream().filter(c -> c.type().textual())
				.map(c -> SqlText.ident(c.name()) + " ILIKE ? ESCAPE '\\'").toList();
			if (text.isEmpty()) {
				conditions.add("FALSE");
			}
			else if (byColumn) {
				Sql matches = textMatches(table, query.q().strip());
				conditions.add(ID + " IN (" + matches.text() + ")");
				params.addAll(matches.params());
			}
			else {
				conditions.add("(" + String.join(" OR ", text) + ")");
				String needle = "%" + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				text.forEach(t -> params.add(needle));
			}
		}
		return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	/**
	 * The row ids ({@code _id}) of the rows where some text column holds {@code q} in any case: one
	 * scan per text column, joined with {@code UNION ALL}. DuckDB's {@code ILIKE} lower-cases both
	 * sides and then matches the pattern, so {@code contains(lower(column), lower(q))} is the same
	 * test as {@code column ILIKE '%q%'} with q's {@code %}, {@code _} and {@code \} escaped (no
	 * escaping is needed: {@code contains} has no wildcards). Asked column by column, each scan reads
	 * one column and a column stored with a dictionary (most agency text: regions, categories,
	 * statuses) is lower-cased and matched once per distinct value, instead of once per row inside one
	 * {@code OR} over every column (1M rows × 28 columns, 7 of them text: 0.33× the time of the
	 * {@code OR} of {@code ILIKE}s, bench/datastore-search.sh). The columns stored without a
	 * dictionary are matched in the release's {@link SearchText} once it is written: one scan of
	 * values lower-cased once.
	 */
	private Sql textMatches(TableRef table, String q) {
		Path path;
		try {
			path = fileStore.localPath(table.storageKey());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		String file = "read_parquet('" + SqlText.literal(path.toString()) + "', file_row_number = true)";
		java.util.Optional<SearchText.Built> lowered = q.contains(SearchText.SEPARATOR) ? java.util.Optional.empty()
				: searchText.ready(table, path);
		java.util.Set<String> inLowered = lowered.map(SearchText.Built::columns).orElse(java.util.Set.of());
		List<String> scans = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (ColumnSpec c : table.columns()) {
			if (c.type().textual() && !inLowered.contains(c.name())) {
				scans.add("SELECT file_row_number + 1 FROM " + file + " WHERE contains(lower(" + SqlText.ident(c.name())
						+ "), lower(?))");
				params.add(q);
			}
		}
		if (lowered.isPresent()) {
			// the columns stored without a dictionary, already lower-cased, in one scan (SearchText)
			scans.add("SELECT file_row_number + 1 FROM read_parquet('"
					+ SqlText.literal(lowered.get().file().toString()) + "', file_row_number = true) WHERE contains(t, lower(?))");
			params.add(q);
		}
		return new Sql(String.join(" UNION ALL ", scans), params);
	}

	private String orderBy(TableRef table, List<String> sort, boolean distinct, List<ColumnSpec> fields) {
		List<String> parts = new ArrayList<>();
		for (String spec : sort) {
			for (String piece : spec.split(",")) {
				String[] words = piece.strip().split("\\s+");
				if (words.length == 0 || words[0].isEmpty()) {
					continue;
				}
				String name = words[0];
				String direction = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "asc";
				if (words.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
					throw new DatastoreException("datastore.galat.urutan", piece.strip());
				}
				String column = ID.equals(name) && !distinct ? ID : SqlText.ident(column(table, name).name());
				if (distinct && fields.stream().noneMatch(f -> f.name().equals(name))) {
					throw new DatastoreException("datastore.galat.urutan", piece.strip());
				}
				parts.add(column + " " + direction.toUpperCase(Locale.ROOT) + " NULLS LAST");
			}
		}
		if (!distinct) {
			parts.add(ID);
		}
		return parts.isEmpty() ? "" : " ORDER BY " + String.join(", ", parts);
	}

	/** A filter value, as the column's type; a value that does not fit is the caller's error. */
	static Object parse(ColumnSpec c, Object v) {
		if (v == null) {
			throw new DatastoreException("datastore.galat.nilaiFilter", c.name(), "null");
		}
		String s = v.toString().strip();
		try {
			return switch (c.type()) {
				case TEKS, KODE -> s;
				case BILANGAN_BULAT -> v instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue()
						: Long.parseLong(s);
				case DESIMAL -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(s);
				case TANGGAL -> Date.valueOf(LocalDate.parse(s));
				case YA_TIDAK -> switch (s.toLowerCase(Locale.ROOT)) {
					case "true", "ya", "1" -> Boolean.TRUE;
					case "false", "tidak", "0" -> Boolean.FALSE;
					default -> throw new NumberFormatException(s);
				};
			};
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new DatastoreException("datastore.galat.nilaiFilter", c.name(), s);
		}
	}

	static String placeholders(int n) {
		return String.join(", ", java.util.Collections.nCopies(n, "?"));
	}

	public static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
		PreparedStatement ps = c.prepareStatement(sql);
		for (int i = 0; i < params.size(); i++) {
			ps.setObject(i + 1, params.get(i));
		}
		return ps;
	}

	private static List<Map<String, Object>> rows(Connection c, String sql, List<Object> params,
			List<ColumnSpec> fields, boolean withId, AnswerSize size) throws SQLException {
		List<Map<String, Object>> records = new ArrayList<>();
		try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				int i = 1;
				if (withId) {
					row.put(ID, rs.getLong(i++));
				}
				for (ColumnSpec f : fields) {
					Object value = value(rs.getObject(i++));
					size.add(f.name(), value);
					row.put(f.name(), value);
				}
				records.add(row);
			}
		}
		return records;
	}

	private static long single(Connection c, String sql, List<Object> params) throws SQLException {
		try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** JDBC values as JSON-friendly Java values (dates as ISO text). */
	public static Object value(Object o) {
		if (o instanceof Date d) {
			return d.toLocalDate().toString();
		}
		if (o instanceof LocalDate d) {
			return d.toString();
		}
		if (o instanceof java.math.BigInteger b) {
			return b.longValue();
		}
		if (o instanceof java.math.BigDecimal b) {
			return b.doubleValue();
		}
		return o;
	}

}
