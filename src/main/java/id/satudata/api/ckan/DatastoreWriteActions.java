package id.satudata.api.ckan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.writer.CsvWriter;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.NumberFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.HasilUnggahan;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.KelolaKatalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.TabelRilis;
import id.satudata.katalog.UnggahRilis;
import id.satudata.shared.storage.TempFiles;

/**
 * CKAN's DataStore writes and {@code datastore_info}. Releases are immutable, so every write makes a
 * <em>new release version</em> of the same period: the rows of the period's newest version, changed as
 * asked, checked against the dataset's schema like any upload (types, required values, code lists, key
 * uniqueness), and kept through {@link KelolaKatalog#unggahRilis} (the Walidata's or an administrator's
 * right, audited). The new version is published when the version it replaces was; the answer names its
 * {@code resource_id}.
 */
@Component
class DatastoreWriteActions {

	/** The most rows a table written through the API may hold (the rows are merged in memory). */
	static final int MAX_ROWS = 200_000;
	private static final int PAGE = 10_000;

	private final Katalog katalog;
	private final KelolaKatalog kelola;
	private final Datastore datastore;
	private final PackageActions packages;
	private final CkanDicts dicts;
	private final CkanMessages messages;
	private final TempFiles tempFiles;

	DatastoreWriteActions(Katalog katalog, KelolaKatalog kelola, Datastore datastore, PackageActions packages,
			CkanDicts dicts, CkanMessages messages, TempFiles tempFiles) {
		this.katalog = katalog;
		this.kelola = kelola;
		this.datastore = datastore;
		this.packages = packages;
		this.dicts = dicts;
		this.messages = messages;
		this.tempFiles = tempFiles;
	}

	/** datastore_info: the table's fields with their types and its row count. */
	Object datastoreInfo(CkanRequest r) {
		String id = r.has("resource_id") ? r.required("resource_id") : r.required("id");
		TabelRilis tabel = katalog.tabel(id)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", id)));
		List<Map<String, Object>> fields = new ArrayList<>();
		Map<String, Object> schema = new LinkedHashMap<>();
		for (ColumnSpec c : tabel.tabel().columns()) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("id", c.name());
			f.put("type", c.type().ckanType());
			Map<String, Object> info = new LinkedHashMap<>();
			info.put("label", c.label());
			info.put("notes", c.unit() == null ? "" : c.unit());
			info.put("type_override", "");
			f.put("info", info);
			f.put("schema", Map.of("native_type", c.type().sqlType().toLowerCase(Locale.ROOT), "notnull", c.required(),
					"is_index", c.key()));
			fields.add(f);
			schema.put(c.name(), c.type().ckanType());
		}
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("id", id);
		meta.put("count", tabel.rilis().jumlahBaris());
		meta.put("table_type", "BASE TABLE");
		meta.put("aliases", List.of());
		meta.put("periode", tabel.rilis().periode());
		meta.put("versi", tabel.rilis().versi());
		meta.put("status_rilis", tabel.rilis().status().name());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("meta", meta);
		result.put("fields", fields);
		result.put("schema", schema);
		return result;
	}

	/**
	 * datastore_create: with {@code resource_id}, the records are added to the period's newest version (as
	 * CKAN inserts into an existing table); with {@code resource} ({@code package_id} and {@code periode},
	 * or a period as {@code name}) a new release of that period holds exactly the records. {@code fields}
	 * must name columns of the dataset's schema (a dataset without a schema takes its columns from them).
	 */
	@Transactional
	Object datastoreCreate(CkanRequest r) {
		List<Map<String, Object>> records = r.dicts("records");
		List<String> fieldIds = new ArrayList<>();
		for (Map<String, Object> f : r.dicts("fields")) {
			Object fid = f.get("id");
			if (fid == null || String.valueOf(fid).isBlank()) {
				throw CkanException.validation("fields", messages.get("ckan.galat.wajib"));
			}
			fieldIds.add(String.valueOf(fid).strip());
		}
		if (r.has("resource_id")) {
			Target t = target(r.required("resource_id"));
			checkFields(t, fieldIds);
			return write(t, merge(t, records, "insert"), records, "insert", r);
		}
		Map<String, Object> resource = r.dict("resource");
		Object packageId = resource.get("package_id");
		if (packageId == null) {
			throw CkanException.validation("resource_id", messages.get("ckan.galat.wajib"));
		}
		DatasetDetail d = packages.dataset(String.valueOf(packageId));
		Object periode = resource.containsKey("periode") ? resource.get("periode") : resource.get("name");
		if (periode == null || String.valueOf(periode).isBlank()) {
			throw CkanException.validation("resource", messages.get("ckan.galat.periode"));
		}
		List<ColumnSpec> schema = katalog.skemaImpor(d.ringkas().id()).orElse(List.of());
		Target t = new Target(d, String.valueOf(periode).strip(), schema.isEmpty() ? null : schema, null, false);
		if (t.schema() != null) {
			checkFields(t, fieldIds);
		}
		else if (fieldIds.isEmpty()) {
			throw CkanException.validation("fields", messages.get("ckan.galat.wajib"));
		}
		return write(t, new ArrayList<>(records), records, "insert", r);
	}

	/** datastore_upsert: {@code method} upsert (default), insert or update, keyed on the schema's key columns. */
	@Transactional
	Object datastoreUpsert(CkanRequest r) {
		String id = r.has("resource_id") ? r.required("resource_id") : r.required("id");
		String method = Optional.ofNullable(r.string("method")).orElse("upsert").toLowerCase(Locale.ROOT);
		if (!List.of("upsert", "insert", "update").contains(method)) {
			throw CkanException.validation("method", messages.get("ckan.galat.pilihan", method, "upsert, insert, update"));
		}
		List<Map<String, Object>> records = r.dicts("records");
		Target t = target(id);
		return write(t, merge(t, records, method), records, method, r);
	}

	/** Where a write goes: the dataset, the period, its schema, and the period's newest version (if any). */
	private record Target(DatasetDetail dataset, String periode, List<ColumnSpec> schema, TabelRilis newest,
			boolean published) {

		List<String> keys() {
			return schema.stream().filter(ColumnSpec::key).map(ColumnSpec::name).toList();
		}

	}

	private Target target(String resourceId) {
		TabelRilis given = katalog.tabel(resourceId)
			.orElseThrow(() -> CkanException.notFound(messages.get("ckan.galat.sumberTidakAda", resourceId)));
		DatasetDetail d = packages.dataset(given.dataset().uuid());
		// the period's newest version: a client that keeps the id it was given writes onto the latest data
		RilisView newest = d.rilis().stream().filter(x -> x.periode().equals(given.rilis().periode())).findFirst()
			.orElse(given.rilis());
		TabelRilis table = newest.uuid().equals(given.rilis().uuid()) ? given
				: katalog.tabel(newest.uuid()).orElse(given);
		List<ColumnSpec> schema = katalog.skemaImpor(d.ringkas().id()).orElse(table.tabel().columns());
		boolean published = d.rilis().stream().anyMatch(x -> x.periode().equals(newest.periode())
				&& x.status() == StatusRilis.TERBIT);
		return new Target(d, newest.periode(), schema, table, published);
	}

	private void checkFields(Target t, List<String> fieldIds) {
		for (String f : fieldIds) {
			if (t.schema().stream().noneMatch(c -> c.name().equals(f))) {
				throw CkanException.validation("fields", messages.get("ckan.galat.kolomBukanSkema", f,
						String.join(", ", t.schema().stream().map(ColumnSpec::name).toList())));
			}
		}
	}

	/** The period's rows with the records applied by the method. */
	private List<Map<String, Object>> merge(Target t, List<Map<String, Object>> records, String method) {
		List<String> keys = t.keys();
		List<String> columns = t.schema().stream().map(ColumnSpec::name).toList();
		List<String> errors = new ArrayList<>();
		int n = 0;
		for (Map<String, Object> rec : records) {
			n++;
			for (String f : rec.keySet()) {
				if (!"_id".equals(f) && !columns.contains(f)) {
					throw CkanException.validation("fields", messages.get("ckan.galat.kolomBukanSkema", f,
							String.join(", ", columns)));
				}
			}
			if (!method.equals("insert")) {
				if (keys.isEmpty()) {
					throw CkanException.validation("method", messages.get("ckan.galat.tanpaKunci", method));
				}
				for (String k : keys) {
					if (cell(rec.get(k), null).isEmpty()) {
						errors.add(messages.get("ckan.galat.rekaman", n, messages.get("ckan.galat.kunciWajib", k)));
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw CkanException.validation(Map.of("records", errors));
		}
		List<Map<String, Object>> rows = existing(t);
		if (keys.isEmpty()) {
			rows.addAll(records);
			return rows;
		}
		Map<List<String>, Map<String, Object>> byKey = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			byKey.put(key(row, keys), row);
		}
		n = 0;
		for (Map<String, Object> rec : records) {
			n++;
			List<String> k = key(rec, keys);
			Map<String, Object> row = byKey.get(k);
			switch (method) {
				case "insert" -> {
					if (row != null) {
						errors.add(messages.get("ckan.galat.rekaman", n, messages.get("ckan.galat.kunciSudahAda", k)));
					}
					else {
						byKey.put(k, new LinkedHashMap<>(rec));
					}
				}
				case "update" -> {
					if (row == null) {
						errors.add(messages.get("ckan.galat.rekaman", n, messages.get("ckan.galat.kunciTidakAda", k)));
					}
					else {
						putFields(row, rec);
					}
				}
				default -> {
					if (row == null) {
						byKey.put(k, new LinkedHashMap<>(rec));
					}
					else {
						putFields(row, rec);
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw CkanException.validation(Map.of("records", errors));
		}
		return new ArrayList<>(byKey.values());
	}

	/** As CKAN's upsert: the fields the record gives replace the row's, the others stay. */
	private static void putFields(Map<String, Object> row, Map<String, Object> rec) {
		rec.forEach((k, v) -> {
			if (!"_id".equals(k)) {
				row.put(k, v);
			}
		});
	}

	private static List<String> key(Map<String, Object> row, List<String> keys) {
		return keys.stream().map(k -> cell(row.get(k), null)).toList();
	}

	/** Every row of the period's newest version, as maps (without {@code _id}). */
	private List<Map<String, Object>> existing(Target t) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (t.newest() == null) {
			return rows;
		}
		if (t.newest().rilis().jumlahBaris() > MAX_ROWS) {
			throw CkanException.validation("records", messages.get("ckan.galat.tabelBesar", MAX_ROWS));
		}
		for (long offset = 0;; offset += PAGE) {
			QueryResult page = datastore.search(t.newest().tabel(), Query.all(PAGE).withPage(PAGE, offset));
			for (Map<String, Object> rec : page.records()) {
				Map<String, Object> row = new LinkedHashMap<>(rec);
				row.remove("_id");
				rows.add(row);
			}
			if (page.records().size() < PAGE) {
				return rows;
			}
		}
	}

	/** Writes the rows as a new version and answers as CKAN does (with the new resource id). */
	private Object write(Target t, List<Map<String, Object>> rows, List<Map<String, Object>> records, String method,
			CkanRequest r) {
		if (rows.size() > MAX_ROWS) {
			throw CkanException.validation("records", messages.get("ckan.galat.tabelBesar", MAX_ROWS));
		}
		List<ColumnSpec> columns = t.schema() != null ? t.schema() : r.dicts("fields").stream()
			.map(f -> ColumnSpec.of(String.valueOf(f.get("id")).strip(), null, id.satudata.datastore.ColumnType.TEKS))
			.toList();
		Path file = tempFiles.newFile(".csv");
		try {
			try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord(columns.stream().map(ColumnSpec::name).toList());
				for (Map<String, Object> row : rows) {
					csv.writeRecord(columns.stream().map(c -> cell(row.get(c.name()), c)).toList());
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			boolean terbitkan = r.bool("terbitkan", t.published());
			HasilUnggahan hasil = kelola.unggahRilis(t.dataset().ringkas().uuid(), new UnggahRilis(file, "datastore-"
					+ method + ".csv", t.periode(), messages.get("ckan.catatan.datastore", method), new ImportOptions(null,
							Map.of(), 0), true, terbitkan));
			if (!hasil.ok()) {
				throw CkanException.validation(Map.of("records", issues(hasil.impor().issues(), hasil.impor().errorCount())));
			}
			RilisView rilis = hasil.rilis();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("resource_id", rilis.uuid());
			result.put("method", method);
			result.put("records", records);
			result.put("fields", columns.stream().map(c -> Map.of("id", c.name(), "type", c.type().ckanType())).toList());
			result.put("periode", rilis.periode());
			result.put("versi", rilis.versi());
			result.put("status_rilis", rilis.status().name());
			result.put("jumlah_baris", rilis.jumlahBaris());
			if (t.newest() != null) {
				result.put("menggantikan", t.newest().rilis().uuid());
			}
			return result;
		}
		finally {
			tempFiles.delete(file);
		}
	}

	/**
	 * A value as the import reads it: numbers in standard notation (for a column whose uploads write
	 * Indonesian numbers, with a decimal comma), dates ISO, booleans true/false, text as given.
	 */
	static String cell(Object value, ColumnSpec column) {
		if (value == null) {
			return "";
		}
		String text;
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			text = Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
		}
		else if (value instanceof BigDecimal b) {
			text = b.stripTrailingZeros().toPlainString();
		}
		else {
			text = String.valueOf(value).strip();
		}
		if (column != null && column.type().numeric() && column.numberFormat() == NumberFormat.INDONESIA
				&& text.matches("-?\\d+(\\.\\d+)?")) {
			text = text.replace('.', ',');
		}
		return text;
	}

	private List<String> issues(List<ImportIssue> issues, long total) {
		List<String> out = new ArrayList<>();
		for (ImportIssue i : issues) {
			if (out.size() >= 50) {
				break;
			}
			out.add(messages.get("ckan.galat.baris", i.row(), i.column() == null ? "—" : i.column(),
					messages.get(i.messageKey(), i.argsArray()))
					+ (i.value() == null ? "" : " " + messages.get("ckan.galat.nilai", i.value())));
		}
		if (total > out.size()) {
			out.add(messages.get("ckan.galat.barisLain", total - out.size()));
		}
		return out;
	}

}
