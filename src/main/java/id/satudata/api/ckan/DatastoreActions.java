package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.Query;
import id.satudata.datastore.DatastoreException;
import id.satudata.datastore.QueryResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisPenggunaan;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.TabelRilis;

/**
 * CKAN's resource and DataStore actions: {@code resource_show}, {@code datastore_search} over a
 * release's table and {@code datastore_search_sql} over the tables the caller may read.
 */
@Component
class DatastoreActions {

	static final int DEFAULT_DATASTORE_LIMIT = 100;

	private final Katalog katalog;
	private final Datastore datastore;
	private final CkanDicts dicts;
	private final CkanMessages messages;
	private final PenggunaanData penggunaan;

	DatastoreActions(Katalog katalog, Datastore datastore, CkanDicts dicts, CkanMessages messages,
			PenggunaanData penggunaan) {
		this.penggunaan = penggunaan;
		this.katalog = katalog;
		this.datastore = datastore;
		this.dicts = dicts;
		this.messages = messages;
	}

	Object resourceShow(CkanRequest r) {
		String id = r.required("id");
		DatasetDetail d = katalog.datasetDariSumber(id)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", id)));
		boolean rilis = d.rilis().stream().anyMatch(x -> x.uuid().equals(id));
		penggunaan.catat(d.ringkas().id(), rilis ? id : null, JenisPenggunaan.API, null, r.userAgent());
		return dicts.resource(d, id)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", id)));
	}

	Object datastoreSearch(CkanRequest r) {
		String id = r.has("resource_id") ? r.required("resource_id") : r.required("id");
		TabelRilis tabel = katalog.tabel(id)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", id)));
		penggunaan.catat(tabel.dataset().id(), id, JenisPenggunaan.API, null, r.userAgent());
		Map<String, List<Object>> filters = new LinkedHashMap<>();
		Map<String, Object> given = r.dict("filters");
		given.forEach((k, v) -> filters.put(k, v instanceof List<?> list ? new ArrayList<>(list) : java.util.Collections
			.singletonList(v)));
		Map<String, Map<String, Object>> ranges = new LinkedHashMap<>();
		r.dict("ranges").forEach((k, v) -> {
			if (!(v instanceof Map<?, ?> m)) {
				throw CkanException.validation("ranges", messages.get("ckan.galat.rentangFilter"));
			}
			Map<String, Object> ops = new LinkedHashMap<>();
			m.forEach((op, val) -> ops.put(String.valueOf(op), val));
			ranges.put(k, ops);
		});
		if (r.data().get("q") instanceof Map<?, ?>) {
			throw CkanException.validation("q", messages.get("ckan.galat.qTeks"));
		}
		String q = r.string("q");
		int limit = r.integer("limit", DEFAULT_DATASTORE_LIMIT, 0, Integer.MAX_VALUE);
		int offset = r.integer("offset", 0, 0, Integer.MAX_VALUE);
		List<String> fields = r.list("fields");
		List<String> sort = r.list("sort");
		boolean distinct = r.bool("distinct", false);
		boolean includeTotal = r.bool("include_total", true);
		String format = Optional.ofNullable(r.string("records_format")).orElse("objects");
		if (!format.equals("objects") && !format.equals("lists")) {
			throw CkanException.validation("records_format", messages.get("ckan.galat.formatRekaman"));
		}
		checkColumns(tabel, "filters", filters.keySet());
		checkColumns(tabel, "ranges", ranges.keySet());
		checkColumns(tabel, "sort", sort.stream().flatMap(s -> java.util.Arrays.stream(s.split(","))).map(String::strip)
			.filter(s -> !s.isEmpty()).map(s -> s.split("\\s+")[0]).toList());
		QueryResult res = datastore.search(tabel.tabel(), new Query(filters, ranges, q, sort, fields, distinct, limit,
				offset, includeTotal));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("include_total", includeTotal);
		result.put("resource_id", id);
		result.put("fields", fields(res, tabel.tabel().columns()));
		result.put("records_format", format);
		if (format.equals("lists")) {
			result.put("records", res.records().stream()
				.map(row -> res.fields().stream().map(f -> row.get(f.id())).toList()).toList());
		}
		else {
			result.put("records", res.records());
		}
		result.put("limit", limit);
		if (offset > 0) {
			result.put("offset", offset);
		}
		if (!given.isEmpty()) {
			result.put("filters", given);
		}
		if (q != null) {
			result.put("q", q);
		}
		if (!sort.isEmpty()) {
			result.put("sort", String.join(",", sort));
		}
		if (distinct) {
			result.put("distinct", true);
		}
		String base = "/api/3/action/datastore_search?resource_id=" + id;
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("start", base);
		links.put("next", base + "&offset=" + (offset + limit));
		result.put("_links", links);
		if (res.total() != null) {
			result.put("total", res.total());
			result.put("total_was_estimated", false);
		}
		return result;
	}

	/** As CKAN, names the parameter with the unknown column (filters, ranges, sort; the datastore says "fields"). */
	private void checkColumns(TabelRilis tabel, String parameter, java.util.Collection<String> names) {
		for (String name : names) {
			if (!"_id".equals(name) && tabel.tabel().column(name == null ? "" : name.strip()).isEmpty()) {
				throw CkanException.validation(parameter, messages.get("datastore.galat.kolomTidakAda", name));
			}
		}
	}

	private static List<Map<String, Object>> fields(QueryResult res, List<ColumnSpec> columns) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (QueryResult.Field f : res.fields()) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("id", f.id());
			field.put("type", f.type() == null ? "text" : f.type().ckanType());
			columns.stream().filter(c -> c.name().equals(f.id())).findFirst().ifPresent(c -> {
				Map<String, Object> info = new LinkedHashMap<>();
				info.put("label", c.label());
				info.put("notes", c.unit() == null ? "" : c.unit());
				info.put("type_override", "");
				field.put("info", info);
			});
			out.add(field);
		}
		return out;
	}

	Object datastoreSearchSql(CkanRequest r) {
		String sql = r.required("sql");
		QueryResult res;
		try {
			res = katalog.sql(sql);
		}
		catch (DatastoreException e) {
			if (e.getMessageKey() != null && e.getMessageKey().startsWith("datastore.sql.")) {
				throw CkanException.sql(sql, messages.get(e));
			}
			throw e;
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("sql", sql);
		result.put("records", res.records());
		result.put("fields", fields(res, List.of()));
		return result;
	}

}
